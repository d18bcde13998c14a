# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_wizard_desks.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableWidget, QVBoxLayout

class Ui_SetupDesksPage(object):
    def setupUi(self, SetupDesksPage):
        if not SetupDesksPage.objectName():
            SetupDesksPage.setObjectName(u"SetupDesksPage")
        self.mainLayout = QVBoxLayout(SetupDesksPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.deskTable = QTableWidget(SetupDesksPage)
        self.deskTable.setObjectName(u"deskTable")
        self.deskTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.deskTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.deskTable.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.deskTable.setTabKeyNavigation(False)

        self.mainLayout.addWidget(self.deskTable)

        self.totalLabel = QLabel(SetupDesksPage)
        self.totalLabel.setObjectName(u"totalLabel")

        self.mainLayout.addWidget(self.totalLabel)

        self.messageLabel = QLabel(SetupDesksPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)


        self.retranslateUi(SetupDesksPage)
    # setupUi

    def retranslateUi(self, SetupDesksPage):
        SetupDesksPage.setTitle(QCoreApplication.translate("SetupDesksPage", u"Desks", None))
        SetupDesksPage.setSubTitle(QCoreApplication.translate("SetupDesksPage", u"How many desks each zone has and how they are named. Tick the features all desks of a zone share.", None))
#if QT_CONFIG(accessibility)
        self.deskTable.setAccessibleName(QCoreApplication.translate("SetupDesksPage", u"Desks per zone", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.totalLabel.setAccessibleName(QCoreApplication.translate("SetupDesksPage", u"Desks in total", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("SetupDesksPage", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

