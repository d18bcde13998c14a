# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'booking_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QTime, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QTimeEdit, QVBoxLayout, QWidget

class Ui_BookingDialog(object):
    def setupUi(self, BookingDialog):
        if not BookingDialog.objectName():
            BookingDialog.setObjectName(u"BookingDialog")
        BookingDialog.resize(460, 260)
        self.mainLayout = QVBoxLayout(BookingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.dateLabel = QLabel(BookingDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(BookingDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.deskLabel = QLabel(BookingDialog)
        self.deskLabel.setObjectName(u"deskLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.deskLabel)

        self.deskCombo = QComboBox(BookingDialog)
        self.deskCombo.setObjectName(u"deskCombo")
        self.deskCombo.setEditable(True)
        self.deskCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.deskCombo)

        self.personLabel = QLabel(BookingDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personCombo = QComboBox(BookingDialog)
        self.personCombo.setObjectName(u"personCombo")
        self.personCombo.setEditable(True)
        self.personCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.personCombo)

        self.timeLabel = QLabel(BookingDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeLayout = QHBoxLayout()
        self.timeLayout.setObjectName(u"timeLayout")
        self.wholeDayCheck = QCheckBox(BookingDialog)
        self.wholeDayCheck.setObjectName(u"wholeDayCheck")
        self.wholeDayCheck.setChecked(True)

        self.timeLayout.addWidget(self.wholeDayCheck)

        self.startEdit = QTimeEdit(BookingDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setEnabled(False)
        self.startEdit.setTime(QTime(9, 0, 0))

        self.timeLayout.addWidget(self.startEdit)

        self.toLabel = QLabel(BookingDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.timeLayout.addWidget(self.toLabel)

        self.endEdit = QTimeEdit(BookingDialog)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setEnabled(False)
        self.endEdit.setTime(QTime(17, 0, 0))

        self.timeLayout.addWidget(self.endEdit)

        self.timeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeLayout.addItem(self.timeSpacer)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.timeLayout)


        self.mainLayout.addLayout(self.formLayout)

        self.problemLabel = QLabel(BookingDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.problemLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(BookingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.deskLabel.setBuddy(self.deskCombo)
        self.personLabel.setBuddy(self.personCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.deskCombo)
        QWidget.setTabOrder(self.deskCombo, self.personCombo)
        QWidget.setTabOrder(self.personCombo, self.wholeDayCheck)
        QWidget.setTabOrder(self.wholeDayCheck, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)

        self.retranslateUi(BookingDialog)
    # setupUi

    def retranslateUi(self, BookingDialog):
        BookingDialog.setWindowTitle(QCoreApplication.translate("BookingDialog", u"Book a Desk", None))
        self.dateLabel.setText(QCoreApplication.translate("BookingDialog", u"&Date:", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("BookingDialog", u"ddd d MMM yyyy", None))
        self.deskLabel.setText(QCoreApplication.translate("BookingDialog", u"D&esk:", None))
        self.personLabel.setText(QCoreApplication.translate("BookingDialog", u"&Person:", None))
        self.timeLabel.setText(QCoreApplication.translate("BookingDialog", u"Time:", None))
        self.wholeDayCheck.setText(QCoreApplication.translate("BookingDialog", u"&Whole day", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("BookingDialog", u"Start time", None))
#endif // QT_CONFIG(accessibility)
        self.startEdit.setDisplayFormat(QCoreApplication.translate("BookingDialog", u"HH:mm", None))
        self.toLabel.setText(QCoreApplication.translate("BookingDialog", u"to", None))
#if QT_CONFIG(accessibility)
        self.endEdit.setAccessibleName(QCoreApplication.translate("BookingDialog", u"End time", None))
#endif // QT_CONFIG(accessibility)
        self.endEdit.setDisplayFormat(QCoreApplication.translate("BookingDialog", u"HH:mm", None))
        self.problemLabel.setText("")
    # retranslateUi

