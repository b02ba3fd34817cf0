#pragma once

#include "CustomerLocations.h"

#include <QWidget>

class CustomerContactPointTableModel;
class CustomerLocationTableModel;
class FilterableTable;

// "Get Customer Locations" for the 360 view: the addresses with their
// phones, status and who created/updated them where; the e-mails and phones.
class LocationsView : public QWidget
{
    Q_OBJECT
public:
    explicit LocationsView(QWidget *parent = nullptr);

    void showLocations(const CustomerLocations &locations);
    QString plainText() const;

private:
    CustomerLocationTableModel *m_locations;
    CustomerContactPointTableModel *m_contactPoints;
    FilterableTable *m_locationsTable;
    FilterableTable *m_contactPointsTable;
};
