# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_preview_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout

class Ui_ImportPreviewPage(object):
    def setupUi(self, ImportPreviewPage):
        if not ImportPreviewPage.objectName():
            ImportPreviewPage.setObjectName(u"ImportPreviewPage")
        self.mainLayout = QVBoxLayout(ImportPreviewPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formatRow = QHBoxLayout()
        self.formatRow.setObjectName(u"formatRow")
        self.kindLabel = QLabel(ImportPreviewPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formatRow.addWidget(self.kindLabel)

        self.kindCombo = QComboBox(ImportPreviewPage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formatRow.addWidget(self.kindCombo)

        self.spacer1 = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.formatRow.addItem(self.spacer1)

        self.encodingLabel = QLabel(ImportPreviewPage)
        self.encodingLabel.setObjectName(u"encodingLabel")

        self.formatRow.addWidget(self.encodingLabel)

        self.encodingCombo = QComboBox(ImportPreviewPage)
        self.encodingCombo.setObjectName(u"encodingCombo")

        self.formatRow.addWidget(self.encodingCombo)

        self.spacer2 = QSpacerItem(12, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.formatRow.addItem(self.spacer2)

        self.delimiterLabel = QLabel(ImportPreviewPage)
        self.delimiterLabel.setObjectName(u"delimiterLabel")

        self.formatRow.addWidget(self.delimiterLabel)

        self.delimiterCombo = QComboBox(ImportPreviewPage)
        self.delimiterCombo.setObjectName(u"delimiterCombo")

        self.formatRow.addWidget(self.delimiterCombo)

        self.spacer3 = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.formatRow.addItem(self.spacer3)


        self.mainLayout.addLayout(self.formatRow)

        self.mappingBox = QGroupBox(ImportPreviewPage)
        self.mappingBox.setObjectName(u"mappingBox")
        self.mappingGrid = QGridLayout(self.mappingBox)
        self.mappingGrid.setObjectName(u"mappingGrid")

        self.mainLayout.addWidget(self.mappingBox)

        self.previewLabel = QLabel(ImportPreviewPage)
        self.previewLabel.setObjectName(u"previewLabel")

        self.mainLayout.addWidget(self.previewLabel)

        self.previewTable = QTableView(ImportPreviewPage)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.previewTable.setWordWrap(False)

        self.mainLayout.addWidget(self.previewTable)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.encodingLabel.setBuddy(self.encodingCombo)
        self.delimiterLabel.setBuddy(self.delimiterCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportPreviewPage)
    # setupUi

    def retranslateUi(self, ImportPreviewPage):
        ImportPreviewPage.setTitle(QCoreApplication.translate("ImportPreviewPage", u"Check the columns", None))
        ImportPreviewPage.setSubTitle(QCoreApplication.translate("ImportPreviewPage", u"Office Planner guessed how the file is written and which column is which. Change anything it got wrong.", None))
        self.kindLabel.setText(QCoreApplication.translate("ImportPreviewPage", u"&Contains:", None))
        self.encodingLabel.setText(QCoreApplication.translate("ImportPreviewPage", u"&Encoding:", None))
        self.delimiterLabel.setText(QCoreApplication.translate("ImportPreviewPage", u"&Delimiter:", None))
        self.mappingBox.setTitle(QCoreApplication.translate("ImportPreviewPage", u"Which column is which", None))
        self.previewLabel.setText(QCoreApplication.translate("ImportPreviewPage", u"First rows of the file:", None))
    # retranslateUi

