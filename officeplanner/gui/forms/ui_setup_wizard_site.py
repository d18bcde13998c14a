# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_wizard_site.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_SetupSitePage(object):
    def setupUi(self, SetupSitePage):
        if not SetupSitePage.objectName():
            SetupSitePage.setObjectName(u"SetupSitePage")
        self.mainLayout = QVBoxLayout(SetupSitePage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(SetupSitePage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(SetupSitePage)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.timezoneLabel = QLabel(SetupSitePage)
        self.timezoneLabel.setObjectName(u"timezoneLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.timezoneLabel)

        self.timezoneCombo = QComboBox(SetupSitePage)
        self.timezoneCombo.setObjectName(u"timezoneCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.timezoneCombo.sizePolicy().hasHeightForWidth())
        self.timezoneCombo.setSizePolicy(sizePolicy)
        self.timezoneCombo.setEditable(True)
        self.timezoneCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.timezoneCombo)

        self.countryLabel = QLabel(SetupSitePage)
        self.countryLabel.setObjectName(u"countryLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryCombo = QComboBox(SetupSitePage)
        self.countryCombo.setObjectName(u"countryCombo")
        sizePolicy.setHeightForWidth(self.countryCombo.sizePolicy().hasHeightForWidth())
        self.countryCombo.setSizePolicy(sizePolicy)
        self.countryCombo.setEditable(True)
        self.countryCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.countryCombo)

        self.subdivisionLabel = QLabel(SetupSitePage)
        self.subdivisionLabel.setObjectName(u"subdivisionLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.subdivisionLabel)

        self.subdivisionCombo = QComboBox(SetupSitePage)
        self.subdivisionCombo.setObjectName(u"subdivisionCombo")
        sizePolicy.setHeightForWidth(self.subdivisionCombo.sizePolicy().hasHeightForWidth())
        self.subdivisionCombo.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.subdivisionCombo)

        self.weekdaysLabel = QLabel(SetupSitePage)
        self.weekdaysLabel.setObjectName(u"weekdaysLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.weekdaysLabel)

        self.weekdaysLayout = QHBoxLayout()
        self.weekdaysLayout.setObjectName(u"weekdaysLayout")
        self.monCheck = QCheckBox(SetupSitePage)
        self.monCheck.setObjectName(u"monCheck")

        self.weekdaysLayout.addWidget(self.monCheck)

        self.tueCheck = QCheckBox(SetupSitePage)
        self.tueCheck.setObjectName(u"tueCheck")

        self.weekdaysLayout.addWidget(self.tueCheck)

        self.wedCheck = QCheckBox(SetupSitePage)
        self.wedCheck.setObjectName(u"wedCheck")

        self.weekdaysLayout.addWidget(self.wedCheck)

        self.thuCheck = QCheckBox(SetupSitePage)
        self.thuCheck.setObjectName(u"thuCheck")

        self.weekdaysLayout.addWidget(self.thuCheck)

        self.friCheck = QCheckBox(SetupSitePage)
        self.friCheck.setObjectName(u"friCheck")

        self.weekdaysLayout.addWidget(self.friCheck)

        self.satCheck = QCheckBox(SetupSitePage)
        self.satCheck.setObjectName(u"satCheck")

        self.weekdaysLayout.addWidget(self.satCheck)

        self.sunCheck = QCheckBox(SetupSitePage)
        self.sunCheck.setObjectName(u"sunCheck")

        self.weekdaysLayout.addWidget(self.sunCheck)

        self.weekdaysSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.weekdaysLayout.addItem(self.weekdaysSpacer)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.weekdaysLayout)

        self.holidaysTitle = QLabel(SetupSitePage)
        self.holidaysTitle.setObjectName(u"holidaysTitle")
        self.holidaysTitle.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.holidaysTitle)

        self.holidaysLabel = QLabel(SetupSitePage)
        self.holidaysLabel.setObjectName(u"holidaysLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.holidaysLabel.sizePolicy().hasHeightForWidth())
        self.holidaysLabel.setSizePolicy(sizePolicy1)
        self.holidaysLabel.setWordWrap(True)
        self.holidaysLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.holidaysLabel)


        self.mainLayout.addLayout(self.formLayout)

        self.messageLabel = QLabel(SetupSitePage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.finishHint = QLabel(SetupSitePage)
        self.finishHint.setObjectName(u"finishHint")
        self.finishHint.setWordWrap(True)

        self.mainLayout.addWidget(self.finishHint)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.timezoneLabel.setBuddy(self.timezoneCombo)
        self.countryLabel.setBuddy(self.countryCombo)
        self.subdivisionLabel.setBuddy(self.subdivisionCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.timezoneCombo)
        QWidget.setTabOrder(self.timezoneCombo, self.countryCombo)
        QWidget.setTabOrder(self.countryCombo, self.subdivisionCombo)
        QWidget.setTabOrder(self.subdivisionCombo, self.monCheck)
        QWidget.setTabOrder(self.monCheck, self.tueCheck)
        QWidget.setTabOrder(self.tueCheck, self.wedCheck)
        QWidget.setTabOrder(self.wedCheck, self.thuCheck)
        QWidget.setTabOrder(self.thuCheck, self.friCheck)
        QWidget.setTabOrder(self.friCheck, self.satCheck)
        QWidget.setTabOrder(self.satCheck, self.sunCheck)

        self.retranslateUi(SetupSitePage)
    # setupUi

    def retranslateUi(self, SetupSitePage):
        SetupSitePage.setTitle(QCoreApplication.translate("SetupSitePage", u"The site", None))
        SetupSitePage.setSubTitle(QCoreApplication.translate("SetupSitePage", u"A site is one building or office location; its calendar decides which days are open days.", None))
        self.nameLabel.setText(QCoreApplication.translate("SetupSitePage", u"Site &name:", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("SetupSitePage", u"Site name", None))
#endif // QT_CONFIG(accessibility)
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("SetupSitePage", u"For example Oslo head office", None))
        self.timezoneLabel.setText(QCoreApplication.translate("SetupSitePage", u"&Timezone:", None))
#if QT_CONFIG(accessibility)
        self.timezoneCombo.setAccessibleName(QCoreApplication.translate("SetupSitePage", u"Timezone", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.timezoneCombo.setToolTip(QCoreApplication.translate("SetupSitePage", u"The timezone of the site, for example Europe/Oslo; calendar exports use it. Type to search.", None))
#endif // QT_CONFIG(tooltip)
        self.countryLabel.setText(QCoreApplication.translate("SetupSitePage", u"&Holidays of:", None))
#if QT_CONFIG(accessibility)
        self.countryCombo.setAccessibleName(QCoreApplication.translate("SetupSitePage", u"Public holidays of country", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.countryCombo.setToolTip(QCoreApplication.translate("SetupSitePage", u"Public holidays of this country are not open days. Type to search.", None))
#endif // QT_CONFIG(tooltip)
        self.subdivisionLabel.setText(QCoreApplication.translate("SetupSitePage", u"&Region:", None))
#if QT_CONFIG(accessibility)
        self.subdivisionCombo.setAccessibleName(QCoreApplication.translate("SetupSitePage", u"Region with its own holidays", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.subdivisionCombo.setToolTip(QCoreApplication.translate("SetupSitePage", u"State, province or region with its own holidays (optional).", None))
#endif // QT_CONFIG(tooltip)
        self.weekdaysLabel.setText(QCoreApplication.translate("SetupSitePage", u"Open on:", None))
        self.holidaysTitle.setText(QCoreApplication.translate("SetupSitePage", u"Next holidays:", None))
#if QT_CONFIG(accessibility)
        self.holidaysLabel.setAccessibleName(QCoreApplication.translate("SetupSitePage", u"Next public holidays", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("SetupSitePage", u"Problem", None))
#endif // QT_CONFIG(accessibility)
        self.finishHint.setText(QCoreApplication.translate("SetupSitePage", u"Finish now to create the file with just this site; floors, zones and desks can be added later on the Office page.", None))
    # retranslateUi

