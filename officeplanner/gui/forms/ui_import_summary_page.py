# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_summary_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_ImportSummaryPage(object):
    def setupUi(self, ImportSummaryPage):
        if not ImportSummaryPage.objectName():
            ImportSummaryPage.setObjectName(u"ImportSummaryPage")
        self.mainLayout = QVBoxLayout(ImportSummaryPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(ImportSummaryPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.summaryLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)


        self.retranslateUi(ImportSummaryPage)
    # setupUi

    def retranslateUi(self, ImportSummaryPage):
        ImportSummaryPage.setTitle(QCoreApplication.translate("ImportSummaryPage", u"Imported", None))
    # retranslateUi

