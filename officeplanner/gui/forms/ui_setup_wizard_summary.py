# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_wizard_summary.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout

class Ui_SetupSummaryPage(object):
    def setupUi(self, SetupSummaryPage):
        if not SetupSummaryPage.objectName():
            SetupSummaryPage.setObjectName(u"SetupSummaryPage")
        self.mainLayout = QVBoxLayout(SetupSummaryPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryBrowser = QTextBrowser(SetupSummaryPage)
        self.summaryBrowser.setObjectName(u"summaryBrowser")
        self.summaryBrowser.setOpenLinks(False)

        self.mainLayout.addWidget(self.summaryBrowser)

        self.messageLabel = QLabel(SetupSummaryPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)


        self.retranslateUi(SetupSummaryPage)
    # setupUi

    def retranslateUi(self, SetupSummaryPage):
        SetupSummaryPage.setTitle(QCoreApplication.translate("SetupSummaryPage", u"Ready to create the office", None))
        SetupSummaryPage.setSubTitle(QCoreApplication.translate("SetupSummaryPage", u"Check what will be created. Go back to change anything; press Create Office to create the file and open it.", None))
#if QT_CONFIG(accessibility)
        self.summaryBrowser.setAccessibleName(QCoreApplication.translate("SetupSummaryPage", u"Summary of the new office", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("SetupSummaryPage", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

