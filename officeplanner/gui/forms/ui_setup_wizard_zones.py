# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_wizard_zones.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QFormLayout, QHBoxLayout, QLabel, QListWidget, QSpinBox, QVBoxLayout, QWidget

class Ui_SetupZonesPage(object):
    def setupUi(self, SetupZonesPage):
        if not SetupZonesPage.objectName():
            SetupZonesPage.setObjectName(u"SetupZonesPage")
        self.mainLayout = QVBoxLayout(SetupZonesPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.floorColumn = QVBoxLayout()
        self.floorColumn.setObjectName(u"floorColumn")
        self.floorLabel = QLabel(SetupZonesPage)
        self.floorLabel.setObjectName(u"floorLabel")

        self.floorColumn.addWidget(self.floorLabel)

        self.floorList = QListWidget(SetupZonesPage)
        self.floorList.setObjectName(u"floorList")

        self.floorColumn.addWidget(self.floorList)


        self.columns.addLayout(self.floorColumn)

        self.zoneColumn = QVBoxLayout()
        self.zoneColumn.setObjectName(u"zoneColumn")
        self.countForm = QFormLayout()
        self.countForm.setObjectName(u"countForm")
        self.countForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.countLabel = QLabel(SetupZonesPage)
        self.countLabel.setObjectName(u"countLabel")

        self.countForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.countLabel)

        self.countSpin = QSpinBox(SetupZonesPage)
        self.countSpin.setObjectName(u"countSpin")
        self.countSpin.setMinimum(1)
        self.countSpin.setMaximum(26)

        self.countForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.countSpin)


        self.zoneColumn.addLayout(self.countForm)

        self.zoneListLabel = QLabel(SetupZonesPage)
        self.zoneListLabel.setObjectName(u"zoneListLabel")

        self.zoneColumn.addWidget(self.zoneListLabel)

        self.zoneList = QListWidget(SetupZonesPage)
        self.zoneList.setObjectName(u"zoneList")
        self.zoneList.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked|QAbstractItemView.EditTrigger.EditKeyPressed|QAbstractItemView.EditTrigger.AnyKeyPressed)

        self.zoneColumn.addWidget(self.zoneList)


        self.columns.addLayout(self.zoneColumn)

        self.columns.setStretch(0, 2)
        self.columns.setStretch(1, 3)

        self.mainLayout.addLayout(self.columns)

        self.messageLabel = QLabel(SetupZonesPage)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

#if QT_CONFIG(shortcut)
        self.floorLabel.setBuddy(self.floorList)
        self.countLabel.setBuddy(self.countSpin)
        self.zoneListLabel.setBuddy(self.zoneList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.floorList, self.countSpin)
        QWidget.setTabOrder(self.countSpin, self.zoneList)

        self.retranslateUi(SetupZonesPage)
    # setupUi

    def retranslateUi(self, SetupZonesPage):
        SetupZonesPage.setTitle(QCoreApplication.translate("SetupZonesPage", u"Zones", None))
        SetupZonesPage.setSubTitle(QCoreApplication.translate("SetupZonesPage", u"Zones are areas of a floor, such as a wing or a team neighbourhood. Pick a floor, then name its zones.", None))
        self.floorLabel.setText(QCoreApplication.translate("SetupZonesPage", u"F&loor:", None))
#if QT_CONFIG(accessibility)
        self.floorList.setAccessibleName(QCoreApplication.translate("SetupZonesPage", u"Floors", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText(QCoreApplication.translate("SetupZonesPage", u"&Zones on this floor:", None))
#if QT_CONFIG(accessibility)
        self.countSpin.setAccessibleName(QCoreApplication.translate("SetupZonesPage", u"Number of zones on this floor", None))
#endif // QT_CONFIG(accessibility)
        self.zoneListLabel.setText(QCoreApplication.translate("SetupZonesPage", u"Zone &names:", None))
#if QT_CONFIG(accessibility)
        self.zoneList.setAccessibleName(QCoreApplication.translate("SetupZonesPage", u"Zone names on this floor", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("SetupZonesPage", u"Problem", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

