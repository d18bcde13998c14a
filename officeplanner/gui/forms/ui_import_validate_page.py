# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_validate_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout

class Ui_ImportValidatePage(object):
    def setupUi(self, ImportValidatePage):
        if not ImportValidatePage.objectName():
            ImportValidatePage.setObjectName(u"ImportValidatePage")
        self.mainLayout = QVBoxLayout(ImportValidatePage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.optionsRow = QHBoxLayout()
        self.optionsRow.setObjectName(u"optionsRow")
        self.createCheck = QCheckBox(ImportValidatePage)
        self.createCheck.setObjectName(u"createCheck")

        self.optionsRow.addWidget(self.createCheck)

        self.skipCheck = QCheckBox(ImportValidatePage)
        self.skipCheck.setObjectName(u"skipCheck")

        self.optionsRow.addWidget(self.skipCheck)

        self.optionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.optionsRow.addItem(self.optionsSpacer)

        self.recheckButton = QPushButton(ImportValidatePage)
        self.recheckButton.setObjectName(u"recheckButton")

        self.optionsRow.addWidget(self.recheckButton)


        self.mainLayout.addLayout(self.optionsRow)

        self.progressBar = QProgressBar(ImportValidatePage)
        self.progressBar.setObjectName(u"progressBar")

        self.mainLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(ImportValidatePage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.statusLabel)

        self.problemsTable = QTableView(ImportValidatePage)
        self.problemsTable.setObjectName(u"problemsTable")
        self.problemsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problemsTable.setWordWrap(False)
        self.problemsTable.horizontalHeader().setStretchLastSection(True)
        self.problemsTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.problemsTable)


        self.retranslateUi(ImportValidatePage)
    # setupUi

    def retranslateUi(self, ImportValidatePage):
        ImportValidatePage.setTitle(QCoreApplication.translate("ImportValidatePage", u"Check the rows", None))
        ImportValidatePage.setSubTitle(QCoreApplication.translate("ImportValidatePage", u"Every row is checked before anything is written to the office file.", None))
        self.createCheck.setText(QCoreApplication.translate("ImportValidatePage", u"&Create desks, people and teams the office does not have yet", None))
        self.skipCheck.setText(QCoreApplication.translate("ImportValidatePage", u"&Skip rows with problems (import the others)", None))
        self.recheckButton.setText(QCoreApplication.translate("ImportValidatePage", u"Check a&gain", None))
    # retranslateUi

