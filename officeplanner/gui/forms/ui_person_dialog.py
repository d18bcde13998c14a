# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_PersonDialog(object):
    def setupUi(self, PersonDialog):
        if not PersonDialog.objectName():
            PersonDialog.setObjectName(u"PersonDialog")
        PersonDialog.resize(420, 170)
        self.mainLayout = QVBoxLayout(PersonDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(PersonDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PersonDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.teamLabel = QLabel(PersonDialog)
        self.teamLabel.setObjectName(u"teamLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.teamLabel)

        self.teamCombo = QComboBox(PersonDialog)
        self.teamCombo.setObjectName(u"teamCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.teamCombo)

        self.emailLabel = QLabel(PersonDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(PersonDialog)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.emailEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(PersonDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(PersonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.teamLabel.setBuddy(self.teamCombo)
        self.emailLabel.setBuddy(self.emailEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.teamCombo)
        QWidget.setTabOrder(self.teamCombo, self.emailEdit)

        self.retranslateUi(PersonDialog)
    # setupUi

    def retranslateUi(self, PersonDialog):
        PersonDialog.setWindowTitle(QCoreApplication.translate("PersonDialog", u"Person", None))
        self.nameLabel.setText(QCoreApplication.translate("PersonDialog", u"&Name:", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"First and last name, as in booking exports", None))
        self.teamLabel.setText(QCoreApplication.translate("PersonDialog", u"&Team:", None))
        self.emailLabel.setText(QCoreApplication.translate("PersonDialog", u"&Email:", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("PersonDialog", u"Optional", None))
        self.errorLabel.setText("")
    # retranslateUi

