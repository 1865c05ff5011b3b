#pragma once

#include <string>
#include <utility>
#include <variant>

namespace planbridge {

// Why an engine operation could not complete. Rejected rows are data, not errors: this is for
// input that cannot be read at all, usage mistakes and I/O failures.
struct EngineError
{
    std::string message; // one line, ready for stderr or a status bar
    bool cancelled = false;
};

// A value or an EngineError (std::expected arrives with C++23).
template<typename T>
class Expected
{
public:
    Expected(T value) : m_state(std::move(value)) { }
    Expected(EngineError error) : m_state(std::move(error)) { }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<0>(m_state); }
    const T &value() const { return std::get<0>(m_state); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const EngineError &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, EngineError> m_state;
};

} // namespace planbridge
