#include "LocationsView.h"

#include "FilterableTable.h"
#include "ProfileExport.h"
#include "ProfileTableModels.h"

#include <QVBoxLayout>

LocationsView::LocationsView(QWidget *parent)
    : QWidget(parent)
    , m_locations(new CustomerLocationTableModel(this))
    , m_contactPoints(new CustomerContactPointTableModel(this))
{
    m_locationsTable = new FilterableTable(m_locations, QStringLiteral("locations"), tr("&Addresses:"), this);
    m_contactPointsTable =
        new FilterableTable(m_contactPoints, QStringLiteral("contactPoints"), tr("E-&mails and phones:"), this, 4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_locationsTable);
    layout->addWidget(m_contactPointsTable);
}

void LocationsView::showLocations(const CustomerLocations &locations)
{
    m_locations->setLocations(locations.postAddr);
    m_contactPoints->setContactPoints(locations);
    m_locationsTable->refresh();
    m_contactPointsTable->refresh();
}

QString LocationsView::plainText() const
{
    return ProfileExport::tableText(m_locations, tr("Addresses"), {}, true) + QLatin1Char('\n')
           + ProfileExport::tableText(m_contactPoints, tr("E-mails and phones"), {}, true);
}
