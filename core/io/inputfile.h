#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace planbridge {

// A whole input file as one contiguous read-only buffer. Regular files are memory-mapped and pages
// already parsed can be handed back with release(), so a 1 GB version never sits in memory at once.
class InputFile
{
public:
    InputFile(const InputFile &) = delete;
    InputFile &operator=(const InputFile &) = delete;
    InputFile(InputFile &&other) noexcept;
    InputFile &operator=(InputFile &&other) noexcept;
    ~InputFile();

    // nullopt with `error` set ("cannot open X: No such file or directory", "X is a directory").
    static std::optional<InputFile> open(const std::string &path, std::string &error);

    std::string_view content() const { return m_view; }
    // Tells the kernel the bytes before `offset` will not be read again.
    void release(std::size_t offset);

private:
    InputFile() = default;
    void *m_map = nullptr;
    std::size_t m_mapSize = 0;
    std::size_t m_released = 0;
    std::string m_buffer; // for pipes and other unmappable files
    std::string_view m_view;
};

// Reads a whole (small) file into a string; nullopt with `error` set on failure.
std::optional<std::string> readWholeFile(const std::string &path, std::string &error);

} // namespace planbridge
