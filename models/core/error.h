#pragma once

#include <QString>
#include <expected>

namespace tixsync {

/// A failure that crosses a function boundary in the engine. `code` is stable and meant for
/// programs (CLI JSON, tests); `message` is translated text for a person and, for input the user
/// gave, says what to change. `file`/`line`/`column` locate user input (a CSV line and column, a
/// template row and column); 0 means "not applicable".
struct Error {
    QString code;
    QString message;
    QString file;
    int line = 0;
    int column = 0;

    /// "file:line:column: message" with the parts that apply.
    QString toString() const;
};

Error makeError(const QString &code, const QString &message);

template <typename T> using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(Error error)
{
    return std::unexpected<Error>(std::move(error));
}
inline std::unexpected<Error> fail(const QString &code, const QString &message)
{
    return std::unexpected<Error>(makeError(code, message));
}

} // namespace tixsync
