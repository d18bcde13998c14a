# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'save_plan_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

class Ui_SavePlanDialog(object):
    def setupUi(self, SavePlanDialog):
        if not SavePlanDialog.objectName():
            SavePlanDialog.setObjectName(u"SavePlanDialog")
        SavePlanDialog.resize(420, 190)
        self.mainLayout = QVBoxLayout(SavePlanDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.nameLabel = QLabel(SavePlanDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameCombo = QComboBox(SavePlanDialog)
        self.nameCombo.setObjectName(u"nameCombo")
        self.nameCombo.setEditable(True)
        self.nameCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameCombo)

        self.fromLabel = QLabel(SavePlanDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromEdit = QDateEdit(SavePlanDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.toLabel = QLabel(SavePlanDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toEdit = QDateEdit(SavePlanDialog)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setCalendarPopup(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.toEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(SavePlanDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SavePlanDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameCombo)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameCombo, self.fromEdit)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)

        self.retranslateUi(SavePlanDialog)
    # setupUi

    def retranslateUi(self, SavePlanDialog):
        SavePlanDialog.setWindowTitle(QCoreApplication.translate("SavePlanDialog", u"Save Plan", None))
        self.nameLabel.setText(QCoreApplication.translate("SavePlanDialog", u"&Name:", None))
        self.fromLabel.setText(QCoreApplication.translate("SavePlanDialog", u"Valid &from:", None))
        self.fromEdit.setDisplayFormat(QCoreApplication.translate("SavePlanDialog", u"yyyy-MM-dd", None))
        self.toLabel.setText(QCoreApplication.translate("SavePlanDialog", u"Valid &to:", None))
        self.toEdit.setDisplayFormat(QCoreApplication.translate("SavePlanDialog", u"yyyy-MM-dd", None))
        self.errorLabel.setText("")
    # retranslateUi

