# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_wizard_floors.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QFormLayout, QLabel, QListWidget, QSpinBox, QVBoxLayout

class Ui_SetupFloorsPage(object):
    def setupUi(self, SetupFloorsPage):
        if not SetupFloorsPage.objectName():
            SetupFloorsPage.setObjectName(u"SetupFloorsPage")
        self.mainLayout = QVBoxLayout(SetupFloorsPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.countLabel = QLabel(SetupFloorsPage)
        self.countLabel.setObjectName(u"countLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.countLabel)

        self.countSpin = QSpinBox(SetupFloorsPage)
        self.countSpin.setObjectName(u"countSpin")
        self.countSpin.setMinimum(1)
        self.countSpin.setMaximum(60)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.countSpin)


        self.mainLayout.addLayout(self.formLayout)

        self.listLabel = QLabel(SetupFloorsPage)
        self.listLabel.setObjectName(u"listLabel")

        self.mainLayout.addWidget(self.listLabel)

        self.nameList = QListWidget(SetupFloorsPage)
        self.nameList.setObjectName(u"nameList")
        self.nameList.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)

        self.mainLayout.addWidget(self.nameList)

        self.messageLabel = QLabel(SetupFloorsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.countLabel.setBuddy(self.countSpin)
        self.listLabel.setBuddy(self.nameList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SetupFloorsPage)
    # setupUi

    def retranslateUi(self, SetupFloorsPage):
        SetupFloorsPage.setTitle(QCoreApplication.translate("SetupFloorsPage", u"Floors", None))
        SetupFloorsPage.setSubTitle(QCoreApplication.translate("SetupFloorsPage", u"The floors of the site that have desks. Rename a floor by double-clicking it or pressing F2.", None))
        self.countLabel.setText(QCoreApplication.translate("SetupFloorsPage", u"Number of &floors:", None))
#if QT_CONFIG(accessibility)
        self.countSpin.setAccessibleName(QCoreApplication.translate("SetupFloorsPage", u"Number of floors", None))
#endif // QT_CONFIG(accessibility)
        self.listLabel.setText(QCoreApplication.translate("SetupFloorsPage", u"Floor &names:", None))
#if QT_CONFIG(accessibility)
        self.nameList.setAccessibleName(QCoreApplication.translate("SetupFloorsPage", u"Floor names", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("SetupFloorsPage", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

