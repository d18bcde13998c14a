# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'site_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_SiteDialog(object):
    def setupUi(self, SiteDialog):
        if not SiteDialog.objectName():
            SiteDialog.setObjectName(u"SiteDialog")
        SiteDialog.resize(560, 520)
        self.mainLayout = QVBoxLayout(SiteDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(SiteDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(SiteDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.timezoneLabel = QLabel(SiteDialog)
        self.timezoneLabel.setObjectName(u"timezoneLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.timezoneLabel)

        self.timezoneCombo = QComboBox(SiteDialog)
        self.timezoneCombo.setObjectName(u"timezoneCombo")
        self.timezoneCombo.setEditable(True)
        self.timezoneCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.timezoneCombo)

        self.countryLabel = QLabel(SiteDialog)
        self.countryLabel.setObjectName(u"countryLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryCombo = QComboBox(SiteDialog)
        self.countryCombo.setObjectName(u"countryCombo")
        self.countryCombo.setEditable(True)
        self.countryCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.countryCombo)

        self.subdivisionLabel = QLabel(SiteDialog)
        self.subdivisionLabel.setObjectName(u"subdivisionLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.subdivisionLabel)

        self.subdivisionCombo = QComboBox(SiteDialog)
        self.subdivisionCombo.setObjectName(u"subdivisionCombo")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.subdivisionCombo)

        self.weekdaysLabel = QLabel(SiteDialog)
        self.weekdaysLabel.setObjectName(u"weekdaysLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.weekdaysLabel)

        self.weekdaysLayout = QHBoxLayout()
        self.weekdaysLayout.setObjectName(u"weekdaysLayout")
        self.monCheck = QCheckBox(SiteDialog)
        self.monCheck.setObjectName(u"monCheck")

        self.weekdaysLayout.addWidget(self.monCheck)

        self.tueCheck = QCheckBox(SiteDialog)
        self.tueCheck.setObjectName(u"tueCheck")

        self.weekdaysLayout.addWidget(self.tueCheck)

        self.wedCheck = QCheckBox(SiteDialog)
        self.wedCheck.setObjectName(u"wedCheck")

        self.weekdaysLayout.addWidget(self.wedCheck)

        self.thuCheck = QCheckBox(SiteDialog)
        self.thuCheck.setObjectName(u"thuCheck")

        self.weekdaysLayout.addWidget(self.thuCheck)

        self.friCheck = QCheckBox(SiteDialog)
        self.friCheck.setObjectName(u"friCheck")

        self.weekdaysLayout.addWidget(self.friCheck)

        self.satCheck = QCheckBox(SiteDialog)
        self.satCheck.setObjectName(u"satCheck")

        self.weekdaysLayout.addWidget(self.satCheck)

        self.sunCheck = QCheckBox(SiteDialog)
        self.sunCheck.setObjectName(u"sunCheck")

        self.weekdaysLayout.addWidget(self.sunCheck)

        self.weekdaysSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.weekdaysLayout.addItem(self.weekdaysSpacer)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.weekdaysLayout)


        self.mainLayout.addLayout(self.formLayout)

        self.closuresBox = QGroupBox(SiteDialog)
        self.closuresBox.setObjectName(u"closuresBox")
        self.closuresLayout = QVBoxLayout(self.closuresBox)
        self.closuresLayout.setObjectName(u"closuresLayout")
        self.closuresList = QListWidget(self.closuresBox)
        self.closuresList.setObjectName(u"closuresList")
        self.closuresList.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.closuresLayout.addWidget(self.closuresList)

        self.closureAddLayout = QHBoxLayout()
        self.closureAddLayout.setObjectName(u"closureAddLayout")
        self.closureDate = QDateEdit(self.closuresBox)
        self.closureDate.setObjectName(u"closureDate")
        self.closureDate.setCalendarPopup(True)

        self.closureAddLayout.addWidget(self.closureDate)

        self.closureReason = QLineEdit(self.closuresBox)
        self.closureReason.setObjectName(u"closureReason")

        self.closureAddLayout.addWidget(self.closureReason)

        self.addClosureButton = QPushButton(self.closuresBox)
        self.addClosureButton.setObjectName(u"addClosureButton")

        self.closureAddLayout.addWidget(self.addClosureButton)

        self.removeClosureButton = QPushButton(self.closuresBox)
        self.removeClosureButton.setObjectName(u"removeClosureButton")

        self.closureAddLayout.addWidget(self.removeClosureButton)


        self.closuresLayout.addLayout(self.closureAddLayout)


        self.mainLayout.addWidget(self.closuresBox)

        self.errorLabel = QLabel(SiteDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SiteDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

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
        QWidget.setTabOrder(self.sunCheck, self.closuresList)
        QWidget.setTabOrder(self.closuresList, self.closureDate)
        QWidget.setTabOrder(self.closureDate, self.closureReason)
        QWidget.setTabOrder(self.closureReason, self.addClosureButton)
        QWidget.setTabOrder(self.addClosureButton, self.removeClosureButton)

        self.retranslateUi(SiteDialog)
    # setupUi

    def retranslateUi(self, SiteDialog):
        SiteDialog.setWindowTitle(QCoreApplication.translate("SiteDialog", u"Site properties", None))
        self.nameLabel.setText(QCoreApplication.translate("SiteDialog", u"&Name:", None))
        self.timezoneLabel.setText(QCoreApplication.translate("SiteDialog", u"&Timezone:", None))
#if QT_CONFIG(tooltip)
        self.timezoneCombo.setToolTip(QCoreApplication.translate("SiteDialog", u"The IANA timezone of the site, e.g. Europe/Oslo. Calendar exports use it.", None))
#endif // QT_CONFIG(tooltip)
        self.countryLabel.setText(QCoreApplication.translate("SiteDialog", u"&Holidays of:", None))
#if QT_CONFIG(tooltip)
        self.countryCombo.setToolTip(QCoreApplication.translate("SiteDialog", u"Public holidays of this country are not open days.", None))
#endif // QT_CONFIG(tooltip)
        self.subdivisionLabel.setText(QCoreApplication.translate("SiteDialog", u"&Region:", None))
#if QT_CONFIG(tooltip)
        self.subdivisionCombo.setToolTip(QCoreApplication.translate("SiteDialog", u"State, province or region with its own holidays (optional).", None))
#endif // QT_CONFIG(tooltip)
        self.weekdaysLabel.setText(QCoreApplication.translate("SiteDialog", u"Open on:", None))
        self.monCheck.setText(QCoreApplication.translate("SiteDialog", u"Mon", None))
        self.tueCheck.setText(QCoreApplication.translate("SiteDialog", u"Tue", None))
        self.wedCheck.setText(QCoreApplication.translate("SiteDialog", u"Wed", None))
        self.thuCheck.setText(QCoreApplication.translate("SiteDialog", u"Thu", None))
        self.friCheck.setText(QCoreApplication.translate("SiteDialog", u"Fri", None))
        self.satCheck.setText(QCoreApplication.translate("SiteDialog", u"Sat", None))
        self.sunCheck.setText(QCoreApplication.translate("SiteDialog", u"Sun", None))
        self.closuresBox.setTitle(QCoreApplication.translate("SiteDialog", u"Closure days", None))
#if QT_CONFIG(accessibility)
        self.closuresList.setAccessibleName(QCoreApplication.translate("SiteDialog", u"Closure days", None))
#endif // QT_CONFIG(accessibility)
        self.closureDate.setDisplayFormat(QCoreApplication.translate("SiteDialog", u"yyyy-MM-dd", None))
        self.closureReason.setPlaceholderText(QCoreApplication.translate("SiteDialog", u"Reason (optional)", None))
        self.addClosureButton.setText(QCoreApplication.translate("SiteDialog", u"&Add", None))
        self.removeClosureButton.setText(QCoreApplication.translate("SiteDialog", u"Re&move", None))
        self.errorLabel.setText("")
    # retranslateUi

