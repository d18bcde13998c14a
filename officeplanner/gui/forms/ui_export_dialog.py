# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_ExportDialog(object):
    def setupUi(self, ExportDialog):
        if not ExportDialog.objectName():
            ExportDialog.setObjectName(u"ExportDialog")
        ExportDialog.resize(520, 420)
        self.mainLayout = QVBoxLayout(ExportDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.kindsGroup = QGroupBox(ExportDialog)
        self.kindsGroup.setObjectName(u"kindsGroup")
        self.kindsLayout = QVBoxLayout(self.kindsGroup)
        self.kindsLayout.setObjectName(u"kindsLayout")
        self.desksCheck = QCheckBox(self.kindsGroup)
        self.desksCheck.setObjectName(u"desksCheck")

        self.kindsLayout.addWidget(self.desksCheck)

        self.peopleCheck = QCheckBox(self.kindsGroup)
        self.peopleCheck.setObjectName(u"peopleCheck")

        self.kindsLayout.addWidget(self.peopleCheck)

        self.bookingsCheck = QCheckBox(self.kindsGroup)
        self.bookingsCheck.setObjectName(u"bookingsCheck")
        self.bookingsCheck.setChecked(True)

        self.kindsLayout.addWidget(self.bookingsCheck)

        self.attendanceCheck = QCheckBox(self.kindsGroup)
        self.attendanceCheck.setObjectName(u"attendanceCheck")

        self.kindsLayout.addWidget(self.attendanceCheck)

        self.closuresCheck = QCheckBox(self.kindsGroup)
        self.closuresCheck.setObjectName(u"closuresCheck")

        self.kindsLayout.addWidget(self.closuresCheck)


        self.mainLayout.addWidget(self.kindsGroup)

        self.targetLayout = QFormLayout()
        self.targetLayout.setObjectName(u"targetLayout")
        self.targetLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.folderLabel = QLabel(ExportDialog)
        self.folderLabel.setObjectName(u"folderLabel")

        self.targetLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folderEdit = QLineEdit(ExportDialog)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderRow.addWidget(self.folderEdit)

        self.browseButton = QPushButton(ExportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.folderRow.addWidget(self.browseButton)


        self.targetLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.folderRow)

        self.prefixLabel = QLabel(ExportDialog)
        self.prefixLabel.setObjectName(u"prefixLabel")

        self.targetLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.prefixLabel)

        self.prefixEdit = QLineEdit(ExportDialog)
        self.prefixEdit.setObjectName(u"prefixEdit")

        self.targetLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.prefixEdit)


        self.mainLayout.addLayout(self.targetLayout)

        self.filesLabel = QLabel(ExportDialog)
        self.filesLabel.setObjectName(u"filesLabel")
        self.filesLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.filesLabel)

        self.pseudonymiseCheck = QCheckBox(ExportDialog)
        self.pseudonymiseCheck.setObjectName(u"pseudonymiseCheck")

        self.mainLayout.addWidget(self.pseudonymiseCheck)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.progressBar = QProgressBar(ExportDialog)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)
        self.progressBar.setTextVisible(True)

        self.mainLayout.addWidget(self.progressBar)

        self.statusLabel = QLabel(ExportDialog)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.statusLabel)

        self.buttonBox = QDialogButtonBox(ExportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.folderLabel.setBuddy(self.folderEdit)
        self.prefixLabel.setBuddy(self.prefixEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExportDialog)
    # setupUi

    def retranslateUi(self, ExportDialog):
        ExportDialog.setWindowTitle(QCoreApplication.translate("ExportDialog", u"Export to CSV", None))
        self.kindsGroup.setTitle(QCoreApplication.translate("ExportDialog", u"What to export", None))
        self.desksCheck.setText(QCoreApplication.translate("ExportDialog", u"&Desks (sites, floors, zones, features)", None))
        self.peopleCheck.setText(QCoreApplication.translate("ExportDialog", u"&People and teams", None))
        self.bookingsCheck.setText(QCoreApplication.translate("ExportDialog", u"&Bookings", None))
        self.attendanceCheck.setText(QCoreApplication.translate("ExportDialog", u"&Attendance", None))
        self.closuresCheck.setText(QCoreApplication.translate("ExportDialog", u"&Closure days", None))
        self.folderLabel.setText(QCoreApplication.translate("ExportDialog", u"&Folder:", None))
        self.browseButton.setText(QCoreApplication.translate("ExportDialog", u"B&rowse\u2026", None))
        self.prefixLabel.setText(QCoreApplication.translate("ExportDialog", u"File &names:", None))
#if QT_CONFIG(tooltip)
        self.prefixEdit.setToolTip(QCoreApplication.translate("ExportDialog", u"Each kind is written to PREFIX-KIND.csv, e.g. office-bookings.csv", None))
#endif // QT_CONFIG(tooltip)
        self.pseudonymiseCheck.setText(QCoreApplication.translate("ExportDialog", u"Ps&eudonymise: replace names with \u201cPerson 0042\u201d and leave emails out", None))
    # retranslateUi

