# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'calendar_export_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QListWidget, QRadioButton, QTimeEdit, QTreeWidget, QVBoxLayout, QWidget

class Ui_CalendarExportDialog(object):
    def setupUi(self, CalendarExportDialog):
        if not CalendarExportDialog.objectName():
            CalendarExportDialog.setObjectName(u"CalendarExportDialog")
        CalendarExportDialog.resize(980, 600)
        self.mainLayout = QVBoxLayout(CalendarExportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.choicesLayout = QVBoxLayout()
        self.choicesLayout.setObjectName(u"choicesLayout")
        self.planForm = QFormLayout()
        self.planForm.setObjectName(u"planForm")
        self.planLabel = QLabel(CalendarExportDialog)
        self.planLabel.setObjectName(u"planLabel")

        self.planForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.planLabel)

        self.planCombo = QComboBox(CalendarExportDialog)
        self.planCombo.setObjectName(u"planCombo")

        self.planForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.planCombo)


        self.choicesLayout.addLayout(self.planForm)

        self.whoGroup = QGroupBox(CalendarExportDialog)
        self.whoGroup.setObjectName(u"whoGroup")
        self.whoLayout = QVBoxLayout(self.whoGroup)
        self.whoLayout.setObjectName(u"whoLayout")
        self.allTeamsRadio = QRadioButton(self.whoGroup)
        self.allTeamsRadio.setObjectName(u"allTeamsRadio")
        self.allTeamsRadio.setChecked(True)

        self.whoLayout.addWidget(self.allTeamsRadio)

        self.someTeamsRadio = QRadioButton(self.whoGroup)
        self.someTeamsRadio.setObjectName(u"someTeamsRadio")

        self.whoLayout.addWidget(self.someTeamsRadio)

        self.teamList = QListWidget(self.whoGroup)
        self.teamList.setObjectName(u"teamList")

        self.whoLayout.addWidget(self.teamList)

        self.personRadio = QRadioButton(self.whoGroup)
        self.personRadio.setObjectName(u"personRadio")

        self.whoLayout.addWidget(self.personRadio)

        self.personCombo = QComboBox(self.whoGroup)
        self.personCombo.setObjectName(u"personCombo")
        self.personCombo.setEditable(True)
        self.personCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.whoLayout.addWidget(self.personCombo)

        self.namePersonCheck = QCheckBox(self.whoGroup)
        self.namePersonCheck.setObjectName(u"namePersonCheck")

        self.whoLayout.addWidget(self.namePersonCheck)


        self.choicesLayout.addWidget(self.whoGroup)

        self.whenGroup = QGroupBox(CalendarExportDialog)
        self.whenGroup.setObjectName(u"whenGroup")
        self.whenLayout = QGridLayout(self.whenGroup)
        self.whenLayout.setObjectName(u"whenLayout")
        self.allDayRadio = QRadioButton(self.whenGroup)
        self.allDayRadio.setObjectName(u"allDayRadio")
        self.allDayRadio.setChecked(True)

        self.whenLayout.addWidget(self.allDayRadio, 0, 0, 1, 4)

        self.timedRadio = QRadioButton(self.whenGroup)
        self.timedRadio.setObjectName(u"timedRadio")

        self.whenLayout.addWidget(self.timedRadio, 1, 0, 1, 1)

        self.startEdit = QTimeEdit(self.whenGroup)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setTime(QTime(9, 0, 0))

        self.whenLayout.addWidget(self.startEdit, 1, 1, 1, 1)

        self.toLabel = QLabel(self.whenGroup)
        self.toLabel.setObjectName(u"toLabel")

        self.whenLayout.addWidget(self.toLabel, 1, 2, 1, 1)

        self.endEdit = QTimeEdit(self.whenGroup)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setTime(QTime(15, 0, 0))

        self.whenLayout.addWidget(self.endEdit, 1, 3, 1, 1)


        self.choicesLayout.addWidget(self.whenGroup)


        self.columnsLayout.addLayout(self.choicesLayout)

        self.previewLayout = QVBoxLayout()
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewLabel = QLabel(CalendarExportDialog)
        self.previewLabel.setObjectName(u"previewLabel")

        self.previewLayout.addWidget(self.previewLabel)

        self.previewTree = QTreeWidget(CalendarExportDialog)
        self.previewTree.setObjectName(u"previewTree")
        self.previewTree.setAlternatingRowColors(True)
        self.previewTree.setUniformRowHeights(False)

        self.previewLayout.addWidget(self.previewTree)

        self.summaryLabel = QLabel(CalendarExportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.previewLayout.addWidget(self.summaryLabel)


        self.columnsLayout.addLayout(self.previewLayout)

        self.columnsLayout.setStretch(0, 1)
        self.columnsLayout.setStretch(1, 2)

        self.mainLayout.addLayout(self.columnsLayout)

        self.buttonBox = QDialogButtonBox(CalendarExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.planLabel.setBuddy(self.planCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.planCombo, self.allTeamsRadio)
        QWidget.setTabOrder(self.allTeamsRadio, self.someTeamsRadio)
        QWidget.setTabOrder(self.someTeamsRadio, self.teamList)
        QWidget.setTabOrder(self.teamList, self.personRadio)
        QWidget.setTabOrder(self.personRadio, self.personCombo)
        QWidget.setTabOrder(self.personCombo, self.namePersonCheck)
        QWidget.setTabOrder(self.namePersonCheck, self.allDayRadio)
        QWidget.setTabOrder(self.allDayRadio, self.timedRadio)
        QWidget.setTabOrder(self.timedRadio, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.previewTree)

        self.retranslateUi(CalendarExportDialog)
    # setupUi

    def retranslateUi(self, CalendarExportDialog):
        CalendarExportDialog.setWindowTitle(QCoreApplication.translate("CalendarExportDialog", u"Export to Calendar", None))
        self.planLabel.setText(QCoreApplication.translate("CalendarExportDialog", u"&Plan:", None))
        self.whoGroup.setTitle(QCoreApplication.translate("CalendarExportDialog", u"Who", None))
        self.allTeamsRadio.setText(QCoreApplication.translate("CalendarExportDialog", u"&Every team in the plan", None))
        self.someTeamsRadio.setText(QCoreApplication.translate("CalendarExportDialog", u"&Chosen teams:", None))
        self.personRadio.setText(QCoreApplication.translate("CalendarExportDialog", u"One &person's team:", None))
        self.namePersonCheck.setText(QCoreApplication.translate("CalendarExportDialog", u"Name the person in the calendar", None))
        self.whenGroup.setTitle(QCoreApplication.translate("CalendarExportDialog", u"When", None))
        self.allDayRadio.setText(QCoreApplication.translate("CalendarExportDialog", u"&All-day events", None))
        self.timedRadio.setText(QCoreApplication.translate("CalendarExportDialog", u"&Timed, from", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("CalendarExportDialog", u"HH:mm", None))
        self.toLabel.setText(QCoreApplication.translate("CalendarExportDialog", u"to", None))
        self.endEdit.setDisplayFormat(QCoreApplication.translate("CalendarExportDialog", u"HH:mm", None))
        self.previewLabel.setText(QCoreApplication.translate("CalendarExportDialog", u"Dates each event will produce", None))
        ___qtreewidgetitem = self.previewTree.headerItem()
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CalendarExportDialog", u"Details", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CalendarExportDialog", u"Event and dates", None))
#if QT_CONFIG(accessibility)
        self.previewTree.setAccessibleName(QCoreApplication.translate("CalendarExportDialog", u"Anchor days to export", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText("")
    # retranslateUi

