# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_guide.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox, QListWidget, QSplitter, QTextBrowser, QVBoxLayout

class Ui_UserGuideDialog(object):
    def setupUi(self, UserGuideDialog):
        if not UserGuideDialog.objectName():
            UserGuideDialog.setObjectName(u"UserGuideDialog")
        UserGuideDialog.resize(860, 620)
        self.mainLayout = QVBoxLayout(UserGuideDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.splitter = QSplitter(UserGuideDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.topicList = QListWidget(self.splitter)
        self.topicList.setObjectName(u"topicList")
        self.topicList.setMaximumSize(QSize(240, 16777215))
        self.splitter.addWidget(self.topicList)
        self.browser = QTextBrowser(self.splitter)
        self.browser.setObjectName(u"browser")
        self.browser.setOpenExternalLinks(True)
        self.splitter.addWidget(self.browser)

        self.mainLayout.addWidget(self.splitter)

        self.buttonBox = QDialogButtonBox(UserGuideDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(UserGuideDialog)
    # setupUi

    def retranslateUi(self, UserGuideDialog):
        UserGuideDialog.setWindowTitle(QCoreApplication.translate("UserGuideDialog", u"Office Planner User Guide", None))
#if QT_CONFIG(accessibility)
        self.topicList.setAccessibleName(QCoreApplication.translate("UserGuideDialog", u"Topics", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.browser.setAccessibleName(QCoreApplication.translate("UserGuideDialog", u"User guide text", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

