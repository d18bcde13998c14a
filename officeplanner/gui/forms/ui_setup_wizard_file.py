# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_wizard_file.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_SetupFilePage(object):
    def setupUi(self, SetupFilePage):
        if not SetupFilePage.objectName():
            SetupFilePage.setObjectName(u"SetupFilePage")
        self.mainLayout = QVBoxLayout(SetupFilePage)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fileLabel = QLabel(SetupFilePage)
        self.fileLabel.setObjectName(u"fileLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(SetupFilePage)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setClearButtonEnabled(True)

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(SetupFilePage)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)


        self.mainLayout.addLayout(self.formLayout)

        self.fileHint = QLabel(SetupFilePage)
        self.fileHint.setObjectName(u"fileHint")
        self.fileHint.setWordWrap(True)

        self.mainLayout.addWidget(self.fileHint)

        self.startBox = QGroupBox(SetupFilePage)
        self.startBox.setObjectName(u"startBox")
        self.startLayout = QVBoxLayout(self.startBox)
        self.startLayout.setObjectName(u"startLayout")
        self.setupRadio = QRadioButton(self.startBox)
        self.setupRadio.setObjectName(u"setupRadio")
        self.setupRadio.setChecked(True)

        self.startLayout.addWidget(self.setupRadio)

        self.importRadio = QRadioButton(self.startBox)
        self.importRadio.setObjectName(u"importRadio")

        self.startLayout.addWidget(self.importRadio)

        self.emptyRadio = QRadioButton(self.startBox)
        self.emptyRadio.setObjectName(u"emptyRadio")

        self.startLayout.addWidget(self.emptyRadio)


        self.mainLayout.addWidget(self.startBox)

        self.messageLabel = QLabel(SetupFilePage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fileEdit, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.setupRadio)
        QWidget.setTabOrder(self.setupRadio, self.importRadio)
        QWidget.setTabOrder(self.importRadio, self.emptyRadio)

        self.retranslateUi(SetupFilePage)
    # setupUi

    def retranslateUi(self, SetupFilePage):
        SetupFilePage.setTitle(QCoreApplication.translate("SetupFilePage", u"A new office file", None))
        SetupFilePage.setSubTitle(QCoreApplication.translate("SetupFilePage", u"Office Planner keeps one organisation in one file: its sites, desks, people and bookings.", None))
        self.fileLabel.setText(QCoreApplication.translate("SetupFilePage", u"&Save as:", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("SetupFilePage", u"Where to save the new office file", None))
#endif // QT_CONFIG(accessibility)
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("SetupFilePage", u"Folder and name of the new file", None))
        self.browseButton.setText(QCoreApplication.translate("SetupFilePage", u"&Browse\u2026", None))
#if QT_CONFIG(tooltip)
        self.browseButton.setToolTip(QCoreApplication.translate("SetupFilePage", u"Choose the folder and name in a file dialog", None))
#endif // QT_CONFIG(tooltip)
        self.fileHint.setText(QCoreApplication.translate("SetupFilePage", u"Put it on a shared drive if colleagues should open it too; only one person edits it at a time.", None))
        self.startBox.setTitle(QCoreApplication.translate("SetupFilePage", u"How do you want to start?", None))
        self.setupRadio.setText(QCoreApplication.translate("SetupFilePage", u"Set up the office step by step: site, floors, zones and desks (recommended)", None))
        self.importRadio.setText(QCoreApplication.translate("SetupFilePage", u"Import desks and people from a spreadsheet (CSV or Excel)", None))
        self.emptyRadio.setText(QCoreApplication.translate("SetupFilePage", u"Start with an empty file and add everything on the Office page", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("SetupFilePage", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

