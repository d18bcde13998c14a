# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QListWidget, QMenu, QMenuBar, QPushButton, QSizePolicy, QSplitter, QStackedWidget, QStatusBar, QVBoxLayout, QWidget

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1200, 760)
        MainWindow.setMinimumSize(QSize(640, 440))
        MainWindow.setAcceptDrops(True)
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.centralLayout = QVBoxLayout(self.centralWidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.readOnlyBar = QFrame(self.centralWidget)
        self.readOnlyBar.setObjectName(u"readOnlyBar")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.readOnlyBar.sizePolicy().hasHeightForWidth())
        self.readOnlyBar.setSizePolicy(sizePolicy)
        self.readOnlyBar.setFrameShape(QFrame.Shape.StyledPanel)
        self.readOnlyLayout = QHBoxLayout(self.readOnlyBar)
        self.readOnlyLayout.setObjectName(u"readOnlyLayout")
        self.readOnlyLayout.setContentsMargins(12, 6, 12, 6)
        self.readOnlyLabel = QLabel(self.readOnlyBar)
        self.readOnlyLabel.setObjectName(u"readOnlyLabel")
        self.readOnlyLabel.setWordWrap(True)

        self.readOnlyLayout.addWidget(self.readOnlyLabel)

        self.reopenButton = QPushButton(self.readOnlyBar)
        self.reopenButton.setObjectName(u"reopenButton")

        self.readOnlyLayout.addWidget(self.reopenButton)

        self.readOnlyLayout.setStretch(0, 1)

        self.centralLayout.addWidget(self.readOnlyBar)

        self.splitter = QSplitter(self.centralWidget)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.navList = QListWidget(self.splitter)
        self.navList.setObjectName(u"navList")
        self.navList.setMinimumSize(QSize(150, 0))
        self.navList.setMaximumSize(QSize(260, 16777215))
        self.navList.setFrameShape(QFrame.Shape.NoFrame)
        self.navList.setIconSize(QSize(20, 20))
        self.navList.setSpacing(2)
        self.splitter.addWidget(self.navList)
        self.pages = QStackedWidget(self.splitter)
        self.pages.setObjectName(u"pages")
        self.splitter.addWidget(self.pages)

        self.centralLayout.addWidget(self.splitter)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menubar = QMenuBar(MainWindow)
        self.menubar.setObjectName(u"menubar")
        self.menuFile = QMenu(self.menubar)
        self.menuFile.setObjectName(u"menuFile")
        self.menuRecent = QMenu(self.menuFile)
        self.menuRecent.setObjectName(u"menuRecent")
        self.menuEdit = QMenu(self.menubar)
        self.menuEdit.setObjectName(u"menuEdit")
        self.menuView = QMenu(self.menubar)
        self.menuView.setObjectName(u"menuView")
        self.menuHelp = QMenu(self.menubar)
        self.menuHelp.setObjectName(u"menuHelp")
        MainWindow.setMenuBar(self.menubar)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)

        self.menubar.addAction(self.menuFile.menuAction())
        self.menubar.addAction(self.menuEdit.menuAction())
        self.menubar.addAction(self.menuView.menuAction())
        self.menubar.addAction(self.menuHelp.menuAction())

        self.retranslateUi(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Office Planner", None))
        self.reopenButton.setText(QCoreApplication.translate("MainWindow", u"Open for &Editing", None))
#if QT_CONFIG(tooltip)
        self.reopenButton.setToolTip(QCoreApplication.translate("MainWindow", u"Try to open the file for editing again (when nobody else is editing it)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.navList.setAccessibleName(QCoreApplication.translate("MainWindow", u"Pages", None))
#endif // QT_CONFIG(accessibility)
        self.menuFile.setTitle(QCoreApplication.translate("MainWindow", u"&File", None))
        self.menuRecent.setTitle(QCoreApplication.translate("MainWindow", u"Open &Recent", None))
        self.menuEdit.setTitle(QCoreApplication.translate("MainWindow", u"&Edit", None))
        self.menuView.setTitle(QCoreApplication.translate("MainWindow", u"&View", None))
        self.menuHelp.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

