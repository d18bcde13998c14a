# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'desk_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_DeskDialog(object):
    def setupUi(self, DeskDialog):
        if not DeskDialog.objectName():
            DeskDialog.setObjectName(u"DeskDialog")
        DeskDialog.resize(440, 250)
        self.mainLayout = QVBoxLayout(DeskDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(DeskDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(DeskDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.zoneLabel = QLabel(DeskDialog)
        self.zoneLabel.setObjectName(u"zoneLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.zoneLabel)

        self.zoneCombo = QComboBox(DeskDialog)
        self.zoneCombo.setObjectName(u"zoneCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.zoneCombo)


        self.mainLayout.addLayout(self.formLayout)

        self.featuresBox = QGroupBox(DeskDialog)
        self.featuresBox.setObjectName(u"featuresBox")
        self.featuresLayout = QGridLayout(self.featuresBox)
        self.featuresLayout.setObjectName(u"featuresLayout")
        self.bookableCheck = QCheckBox(self.featuresBox)
        self.bookableCheck.setObjectName(u"bookableCheck")

        self.featuresLayout.addWidget(self.bookableCheck, 0, 0, 1, 1)

        self.monitorCheck = QCheckBox(self.featuresBox)
        self.monitorCheck.setObjectName(u"monitorCheck")

        self.featuresLayout.addWidget(self.monitorCheck, 0, 1, 1, 1)

        self.standingCheck = QCheckBox(self.featuresBox)
        self.standingCheck.setObjectName(u"standingCheck")

        self.featuresLayout.addWidget(self.standingCheck, 1, 0, 1, 1)

        self.accessibleCheck = QCheckBox(self.featuresBox)
        self.accessibleCheck.setObjectName(u"accessibleCheck")

        self.featuresLayout.addWidget(self.accessibleCheck, 1, 1, 1, 1)


        self.mainLayout.addWidget(self.featuresBox)

        self.usageLabel = QLabel(DeskDialog)
        self.usageLabel.setObjectName(u"usageLabel")
        self.usageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.usageLabel)

        self.errorLabel = QLabel(DeskDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(DeskDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.zoneLabel.setBuddy(self.zoneCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.zoneCombo)
        QWidget.setTabOrder(self.zoneCombo, self.bookableCheck)
        QWidget.setTabOrder(self.bookableCheck, self.monitorCheck)
        QWidget.setTabOrder(self.monitorCheck, self.standingCheck)
        QWidget.setTabOrder(self.standingCheck, self.accessibleCheck)

        self.retranslateUi(DeskDialog)
    # setupUi

    def retranslateUi(self, DeskDialog):
        DeskDialog.setWindowTitle(QCoreApplication.translate("DeskDialog", u"Desk properties", None))
        self.nameLabel.setText(QCoreApplication.translate("DeskDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("DeskDialog", u"As written in booking files, e.g. OSL-3-A-12", None))
        self.zoneLabel.setText(QCoreApplication.translate("DeskDialog", u"&Zone:", None))
#if QT_CONFIG(tooltip)
        self.zoneCombo.setToolTip(QCoreApplication.translate("DeskDialog", u"Choose another zone to move the desk there; its bookings move with it.", None))
#endif // QT_CONFIG(tooltip)
        self.featuresBox.setTitle(QCoreApplication.translate("DeskDialog", u"Features", None))
        self.bookableCheck.setText(QCoreApplication.translate("DeskDialog", u"&Bookable", None))
#if QT_CONFIG(tooltip)
        self.bookableCheck.setToolTip(QCoreApplication.translate("DeskDialog", u"Only bookable desks count towards capacity and utilisation.", None))
#endif // QT_CONFIG(tooltip)
        self.monitorCheck.setText(QCoreApplication.translate("DeskDialog", u"&Monitor", None))
        self.standingCheck.setText(QCoreApplication.translate("DeskDialog", u"&Standing desk", None))
        self.accessibleCheck.setText(QCoreApplication.translate("DeskDialog", u"&Accessible", None))
        self.usageLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

