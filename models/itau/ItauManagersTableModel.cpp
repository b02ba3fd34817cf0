#include "ItauManagersTableModel.h"

#include <QStringList>

void ItauManagersTableModel::setManagers(const QList<ItauManager> &managers)
{
    beginResetModel();
    m_managers = managers;
    endResetModel();
}

const ItauManager *ItauManagersTableModel::manager(int row) const
{
    return row >= 0 && row < m_managers.size() ? &m_managers.at(row) : nullptr;
}

QString ItauManagersTableModel::phonesText(const QList<ItauPhone> &phones)
{
    QStringList parts;
    for (const ItauPhone &phone : phones) {
        QStringList marks;
        if (phone.isMain())
            marks << tr("main");
        if (phone.isMobile())
            marks << tr("mobile");
        const QString number = phone.display();
        if (number.isEmpty())
            continue;
        parts << (marks.isEmpty() ? number : tr("%1 (%2)").arg(number, marks.join(QStringLiteral(", "))));
    }
    return parts.join(QStringLiteral("; "));
}

int ItauManagersTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_managers.size());
}

int ItauManagersTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ItauManagersTableModel::data(const QModelIndex &index, int role) const
{
    const ItauManager *m = manager(index.row());
    if (!m || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole))
        return {};
    switch (index.column()) {
    case Email: return m->emailGerente;
    case Racf: return m->racfGerente;
    case Functional: return m->funcionalGerente;
    case Category:
        if (m->codigoPapel.isEmpty())
            return m->descricaoCategoria;
        return m->descricaoCategoria.isEmpty() ? m->codigoPapel
                                               : tr("%1 (%2)").arg(m->descricaoCategoria, m->codigoPapel);
    case Segment: return m->segmento;
    case Portfolio: return m->codCarteira;
    case Platform: return m->plataforma;
    case DigitalService:
        if (m->atendimentoPlataformaDigital.isEmpty())
            return QString();
        return ItauJson::isYes(m->atendimentoPlataformaDigital) ? tr("Yes")
               : m->atendimentoPlataformaDigital.compare(QLatin1String("N"), Qt::CaseInsensitive) == 0
                   ? tr("No")
                   : m->atendimentoPlataformaDigital;
    case Structure: return m->tipoEstrutura;
    case Position: return m->codigoCargo;
    case Phones: return phonesText(m->telefones);
    default: return {};
    }
}

QVariant ItauManagersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Email: return tr("E-mail");
    case Racf: return tr("RACF");
    case Functional: return tr("Functional");
    case Category: return tr("Category");
    case Segment: return tr("Segment");
    case Portfolio: return tr("Portfolio");
    case Platform: return tr("Platform");
    case DigitalService: return tr("Digital service");
    case Structure: return tr("Structure");
    case Position: return tr("Queue (AGD/AGF)");
    case Phones: return tr("Phones");
    default: return {};
    }
}
