#pragma once

#include "ApiError.h"

#include <utility>
#include <variant>

// The outcome of an operation: a value or the error that stopped it.
// C++17 has no std::expected; this is the small subset we need.
template <typename T, typename E = ApiError>
class Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(E error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const { return std::get<0>(m_data); }
    T &value() { return std::get<0>(m_data); }
    const E &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, E> m_data;
};
