#pragma once

#include <QByteArrayView>
#include <QString>
#include <cstdint>
#include <string>
#include <vector>

namespace tixsync {

/// A column of UTF-8 strings packed into one buffer with an offset per row: about 4 bytes of
/// overhead per row instead of a QString's 24 + heap block. Rows are appended once, then read.
class StringColumn {
public:
    StringColumn() { m_offsets.push_back(0); }

    void reserve(std::size_t rows, std::size_t bytes)
    {
        m_offsets.reserve(rows + 1);
        m_bytes.reserve(bytes);
    }
    void append(const char *data, std::size_t size)
    {
        m_bytes.append(data, size);
        m_offsets.push_back(static_cast<std::uint32_t>(m_bytes.size()));
    }
    void append(QByteArrayView text) { append(text.data(), static_cast<std::size_t>(text.size())); }
    /// Adds bytes to the row being built; finishRow() closes it.
    void appendPart(const char *data, std::size_t size) { m_bytes.append(data, size); }
    void appendPart(char c) { m_bytes.push_back(c); }
    void finishRow() { m_offsets.push_back(static_cast<std::uint32_t>(m_bytes.size())); }

    /// Appends all rows of `other`.
    void appendColumn(const StringColumn &other)
    {
        const auto base = static_cast<std::uint32_t>(m_bytes.size());
        m_bytes.append(other.m_bytes);
        m_offsets.reserve(m_offsets.size() + other.size());
        for (std::size_t r = 1; r < other.m_offsets.size(); ++r)
            m_offsets.push_back(base + other.m_offsets[r]);
    }

    std::size_t size() const { return m_offsets.size() - 1; }
    QByteArrayView view(std::size_t row) const
    {
        return QByteArrayView(m_bytes.data() + m_offsets[row], qsizetype(m_offsets[row + 1] - m_offsets[row]));
    }
    QString text(std::size_t row) const { return QString::fromUtf8(view(row)); }

    /// The whole buffer and the row starts (row r spans offsets()[r] .. offsets()[r + 1]).
    const std::string &bytes() const { return m_bytes; }
    const std::vector<std::uint32_t> &offsets() const { return m_offsets; }
    std::size_t memoryBytes() const { return m_bytes.capacity() + m_offsets.capacity() * sizeof(std::uint32_t); }
    void squeeze()
    {
        m_bytes.shrink_to_fit();
        m_offsets.shrink_to_fit();
    }

private:
    std::string m_bytes;
    std::vector<std::uint32_t> m_offsets;
};

} // namespace tixsync
