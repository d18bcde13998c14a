# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_file_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton

class Ui_ImportFilePage(object):
    def setupUi(self, ImportFilePage):
        if not ImportFilePage.objectName():
            ImportFilePage.setObjectName(u"ImportFilePage")
        self.formLayout = QFormLayout(ImportFilePage)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fileLabel = QLabel(ImportFilePage)
        self.fileLabel.setObjectName(u"fileLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.pathEdit = QLineEdit(ImportFilePage)
        self.pathEdit.setObjectName(u"pathEdit")

        self.fileRow.addWidget(self.pathEdit)

        self.browseButton = QPushButton(ImportFilePage)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.kindLabel = QLabel(ImportFilePage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ImportFilePage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.detectedLabel = QLabel(ImportFilePage)
        self.detectedLabel.setObjectName(u"detectedLabel")
        self.detectedLabel.setWordWrap(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.detectedLabel)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.pathEdit)
        self.kindLabel.setBuddy(self.kindCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportFilePage)
    # setupUi

    def retranslateUi(self, ImportFilePage):
        ImportFilePage.setTitle(QCoreApplication.translate("ImportFilePage", u"Choose a file", None))
        ImportFilePage.setSubTitle(QCoreApplication.translate("ImportFilePage", u"A CSV or Excel file of desks, people, bookings, attendance or closure days.", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportFilePage", u"&File:", None))
        self.pathEdit.setPlaceholderText(QCoreApplication.translate("ImportFilePage", u"Path of a .csv or .xlsx file", None))
#if QT_CONFIG(accessibility)
        self.pathEdit.setAccessibleName(QCoreApplication.translate("ImportFilePage", u"File", None))
#endif // QT_CONFIG(accessibility)
        self.browseButton.setText(QCoreApplication.translate("ImportFilePage", u"B&rowse\u2026", None))
        self.kindLabel.setText(QCoreApplication.translate("ImportFilePage", u"&Contains:", None))
    # retranslateUi

