# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_summary_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget, QWizardPage)

class Ui_ImportSummaryPage(object):
    def setupUi(self, ImportSummaryPage):
        if not ImportSummaryPage.objectName():
            ImportSummaryPage.setObjectName(u"ImportSummaryPage")
        self.mainLayout = QVBoxLayout(ImportSummaryPage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(ImportSummaryPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.summaryLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)


        self.retranslateUi(ImportSummaryPage)
    # setupUi

    def retranslateUi(self, ImportSummaryPage):
        ImportSummaryPage.setTitle(QCoreApplication.translate("ImportSummaryPage", u"Imported", None))
    # retranslateUi

