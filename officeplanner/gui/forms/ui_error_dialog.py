# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'error_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout

class Ui_ErrorDialog(object):
    def setupUi(self, ErrorDialog):
        if not ErrorDialog.objectName():
            ErrorDialog.setObjectName(u"ErrorDialog")
        ErrorDialog.resize(620, 440)
        self.mainLayout = QVBoxLayout(ErrorDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(16)
        self.headerLayout.setObjectName(u"headerLayout")
        self.iconLabel = QLabel(ErrorDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.iconLabel.sizePolicy().hasHeightForWidth())
        self.iconLabel.setSizePolicy(sizePolicy)
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.headerLayout.addWidget(self.iconLabel)

        self.textLayout = QVBoxLayout()
        self.textLayout.setObjectName(u"textLayout")
        self.summaryLabel = QLabel(ErrorDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.TextFormat.RichText)
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.textLayout.addWidget(self.summaryLabel)

        self.infoLabel = QLabel(ErrorDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)
        self.infoLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.textLayout.addWidget(self.infoLabel)


        self.headerLayout.addLayout(self.textLayout)

        self.headerLayout.setStretch(1, 1)

        self.mainLayout.addLayout(self.headerLayout)

        self.detailsLabel = QLabel(ErrorDialog)
        self.detailsLabel.setObjectName(u"detailsLabel")

        self.mainLayout.addWidget(self.detailsLabel)

        self.detailsEdit = QPlainTextEdit(ErrorDialog)
        self.detailsEdit.setObjectName(u"detailsEdit")
        self.detailsEdit.setReadOnly(True)
        self.detailsEdit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.mainLayout.addWidget(self.detailsEdit)

        self.buttonBox = QDialogButtonBox(ErrorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.detailsLabel.setBuddy(self.detailsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ErrorDialog)
    # setupUi

    def retranslateUi(self, ErrorDialog):
        ErrorDialog.setWindowTitle(QCoreApplication.translate("ErrorDialog", u"Office Planner \u2014 Unexpected Error", None))
        self.detailsLabel.setText(QCoreApplication.translate("ErrorDialog", u"&Details:", None))
    # retranslateUi

