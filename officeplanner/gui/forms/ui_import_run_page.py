# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_run_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_ImportRunPage(object):
    def setupUi(self, ImportRunPage):
        if not ImportRunPage.objectName():
            ImportRunPage.setObjectName(u"ImportRunPage")
        self.mainLayout = QVBoxLayout(ImportRunPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.progressRow = QHBoxLayout()
        self.progressRow.setObjectName(u"progressRow")
        self.progressBar = QProgressBar(ImportRunPage)
        self.progressBar.setObjectName(u"progressBar")

        self.progressRow.addWidget(self.progressBar)

        self.cancelButton = QPushButton(ImportRunPage)
        self.cancelButton.setObjectName(u"cancelButton")

        self.progressRow.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.progressRow)

        self.statusLabel = QLabel(ImportRunPage)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.statusLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)


        self.retranslateUi(ImportRunPage)
    # setupUi

    def retranslateUi(self, ImportRunPage):
        ImportRunPage.setTitle(QCoreApplication.translate("ImportRunPage", u"Importing", None))
        ImportRunPage.setSubTitle(QCoreApplication.translate("ImportRunPage", u"Cancel leaves the office file exactly as it was.", None))
        self.cancelButton.setText(QCoreApplication.translate("ImportRunPage", u"&Cancel import", None))
    # retranslateUi

