#include "core/cache/cache_store.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <memory>
#include <vector>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/base/digest.h"
#include "core/base/file_write.h"

namespace corridor {

namespace fs = std::filesystem;

namespace {

// The entry's header, little-endian as the machine writes it (the key names the binary, so an
// entry is only ever read by the build that wrote it): magic, format version, key length,
// payload length, XXH3 checksum (core/base/digest.h) of key and payload.
constexpr char kMagic[8] = {'C', 'V', 'C', 'A', 'C', 'H', 'E', '\x1a'};
constexpr uint32_t kStoreVersion = 2;
constexpr size_t kHeaderBytes = sizeof kMagic + 4 + 4 + 8 + 8;
constexpr const char* kEntryExtension = ".cache";
constexpr size_t kHashDigits = 16;

struct Header {
    uint32_t version = kStoreVersion, key_bytes = 0;
    uint64_t payload_bytes = 0;
    uint64_t checksum = 0;
};

uint64_t checksum_of(std::string_view key, std::string_view payload) {
    Digest d;
    d.add(key);
    d.add(payload);
    return d.low64();
}

std::string header_bytes(const Header& h) {
    std::string out(kMagic, sizeof kMagic);
    auto put = [&out](const auto& v) { out.append(reinterpret_cast<const char*>(&v), sizeof v); };
    put(h.version), put(h.key_bytes), put(h.payload_bytes), put(h.checksum);
    return out;
}

Header parse_header(const char* bytes) {
    Header h;
    size_t at = sizeof kMagic;
    auto get = [&](auto& v) {
        std::memcpy(&v, bytes + at, sizeof v);
        at += sizeof v;
    };
    get(h.version), get(h.key_bytes), get(h.payload_bytes), get(h.checksum);
    return h;
}

// FNV-1a, 64 bits: spreads keys over file names. The full key is inside the entry and compared,
// so two keys with one name only cost a rebuild.
std::string key_hash(std::string_view key) {
    uint64_t h = 14695981039346656037ull;
    for (unsigned char c : key) h = (h ^ c) * 1099511628211ull;
    char text[kHashDigits + 1];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(h));
    return text;
}

bool is_entry_name(const fs::path& file) {
    const std::string name = file.filename().string();
    return name.size() == kHashDigits + std::strlen(kEntryExtension) && file.extension() == kEntryExtension &&
           std::all_of(name.begin(), name.begin() + kHashDigits, [](char c) { return std::isxdigit((unsigned char)c); });
}

enum class EntryState { Sound, Missing, OtherKey, OtherVersion, Damaged };

// A whole file mapped read-only; unmapped unless handed on to a CacheEntryBytes.
struct FileMap {
    void* at = nullptr;
    size_t size = 0;
    ~FileMap() {
        if (at) munmap(at, size);
    }
    const char* bytes() const { return static_cast<const char*>(at); }
};

// Checks the entry for `key` where it lies, mapped (MAP_POPULATE: the pages come in one call,
// then the checksum reads them; no buffer to zero and fill, which cost a warm start of the real
// pack tens of milliseconds for the meshes' 60 MB). `payload` takes the mapping when the entry is sound;
// `fault` says what is wrong when it is damaged. Entries are only ever replaced by renaming a
// new file over them, never rewritten in place, so the mapped file stays whole; only another
// program shortening it in place while it is read could still fault the reads.
EntryState check_entry(const fs::path& file, std::string_view key, CacheEntryBytes* payload, std::string& fault) {
    std::error_code ec;
    if (!fs::is_regular_file(file, ec)) return EntryState::Missing;
    const int fd = open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return EntryState::Missing;
    struct stat st;
    const bool stated = fstat(fd, &st) == 0;
    const uint64_t size = stated ? uint64_t(st.st_size) : 0;
    FileMap map;
    if (stated && size >= kHeaderBytes) {
        map.size = size_t(size);
        map.at = mmap(nullptr, map.size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
        if (map.at == MAP_FAILED) map.at = nullptr;
    }
    close(fd);
    if (!stated) return EntryState::Missing;
    if (size < kHeaderBytes) {
        fault = "truncated: " + std::to_string(size) + " bytes, shorter than the header";
        return EntryState::Damaged;
    }
    if (!map.at) return EntryState::Missing;  // cannot be mapped (out of address space): no cache
    if (std::memcmp(map.bytes(), kMagic, sizeof kMagic) != 0) {
        fault = "not a cache entry (its first bytes are wrong)";
        return EntryState::Damaged;
    }
    const Header h = parse_header(map.bytes());
    if (h.version != kStoreVersion) return EntryState::OtherVersion;
    const uint64_t expected = uint64_t(kHeaderBytes) + h.key_bytes + h.payload_bytes;
    if (h.payload_bytes > size || expected != size) {
        fault = (expected > size ? "truncated: " : "too long: ") + std::to_string(size) +
                " bytes where its header announces " + std::to_string(expected);
        return EntryState::Damaged;
    }
    const std::string_view stored_key(map.bytes() + kHeaderBytes, h.key_bytes);
    const std::string_view bytes(stored_key.data() + stored_key.size(), size_t(h.payload_bytes));
    if (checksum_of(stored_key, bytes) != h.checksum) {
        fault = "damaged: its checksum does not match its content";
        return EntryState::Damaged;
    }
    if (stored_key != key) return EntryState::OtherKey;
    if (payload) {
        *payload = CacheEntryBytes(map.at, map.size, kHeaderBytes + h.key_bytes, bytes.size());
        map.at = nullptr;
    }
    return EntryState::Sound;
}

}  // namespace

std::string megabytes_text(std::uintmax_t bytes) { return std::to_string((bytes + (1u << 19)) >> 20) + " MB"; }

CacheStore::CacheStore(fs::path dir, std::uintmax_t max_bytes) : dir_(std::move(dir)), max_bytes_(max_bytes) {}

fs::path CacheStore::entry_path(std::string_view key) const { return dir_ / (key_hash(key) + kEntryExtension); }

CacheEntryBytes& CacheEntryBytes::operator=(CacheEntryBytes&& other) noexcept {
    if (this != &other) {
        if (map_) munmap(map_, map_size_);
        map_ = std::exchange(other.map_, nullptr);
        map_size_ = other.map_size_, offset_ = other.offset_, size_ = other.size_;
    }
    return *this;
}

CacheEntryBytes::~CacheEntryBytes() {
    if (map_) munmap(map_, map_size_);
}

void CacheEntryBytes::release(std::string_view part) const {
    const uintptr_t page = uintptr_t(sysconf(_SC_PAGESIZE));
    const uintptr_t begin = (uintptr_t(part.data()) + page - 1) / page * page;
    const uintptr_t end = (uintptr_t(part.data()) + part.size()) / page * page;
    const uintptr_t map = uintptr_t(map_);
    if (!map_ || end <= begin || begin < map || end > map + map_size_) return;
    madvise(reinterpret_cast<void*>(begin), end - begin, MADV_DONTNEED);
}

std::optional<CacheEntryBytes> CacheStore::read(std::string_view key, Diagnostics& diag) const {
    const fs::path file = entry_path(key);
    CacheEntryBytes payload;
    std::string fault;
    const EntryState state = check_entry(file, key, &payload, fault);
    std::error_code ec;
    if (state == EntryState::Damaged) {
        discard(key, "cache entry " + fault + "; deleted, the data is read again and the entry rebuilt", diag);
        return std::nullopt;
    }
    if (state != EntryState::Sound) return std::nullopt;
    fs::last_write_time(file, fs::file_time_type::clock::now(), ec);  // recently used: evicted last
    return payload;
}

void CacheStore::discard(std::string_view key, const std::string& why, Diagnostics& diag) const {
    const fs::path file = entry_path(key);
    diag.warning(file.string(), "", why);
    std::error_code ec;
    fs::remove(file, ec);
}

bool CacheStore::holds(std::string_view key) const {
    std::string fault;
    return check_entry(entry_path(key), key, nullptr, fault) == EntryState::Sound;
}

bool CacheStore::write(std::string_view key, std::string_view payload, Diagnostics& diag) const {
    return write(key, std::span(&payload, 1), diag);
}

bool CacheStore::write(std::string_view key, std::span<const std::string_view> payload, Diagnostics& diag) const {
    CacheEntryWriter entry = begin_write(key, diag);
    return entry.append(payload, diag) && entry.commit(diag);
}

CacheEntryWriter CacheStore::begin_write(std::string_view key, Diagnostics& diag) const {
    return CacheEntryWriter(*this, key, diag);
}

CacheEntryWriter::CacheEntryWriter(const CacheStore& store, std::string_view key, Diagnostics& diag)
    : dir_(store.dir()), file_(store.entry_path(key)), max_bytes_(store.max_bytes()), key_bytes_(uint32_t(key.size())) {
    std::error_code ec;
    fs::create_directories(dir_, ec);
    if (ec) {
        diag.warning(dir_.string(), "",
                     "cannot create the cache folder (" + write_error_text(ec.value()) + "); the viewer runs without the cache");
        return;
    }
    out_ = std::make_unique<AtomicFileWriter>(file_, AtomicFileWriter::DiskFlush::Skip);  // checksummed
    checksum_ = std::make_unique<Digest>();
    checksum_->add(key);
    // The header's place, completed by commit() once the payload's length and checksum are known.
    const std::string header(kHeaderBytes, '\0');
    const std::string_view start[] = {header, key};
    if (!out_->write(start)) {
        diag.warning(file_.string(), "", "cannot write the cache entry (" + out_->error() + "); the viewer runs without the cache");
        give_up();
    }
}

CacheEntryWriter::CacheEntryWriter(CacheEntryWriter&&) noexcept = default;
CacheEntryWriter& CacheEntryWriter::operator=(CacheEntryWriter&&) noexcept = default;
CacheEntryWriter::~CacheEntryWriter() = default;  // an uncommitted AtomicFileWriter removes its file

bool CacheEntryWriter::ok() const { return out_ && out_->ok(); }

void CacheEntryWriter::give_up() {
    out_.reset();
    checksum_.reset();
}

bool CacheEntryWriter::append(std::span<const std::string_view> pieces, Diagnostics& diag) {
    if (!ok()) return false;
    uint64_t more = 0;
    for (std::string_view piece : pieces) more += piece.size();
    const uint64_t size = kHeaderBytes + key_bytes_ + payload_bytes_ + more;
    if (size > max_bytes_) {
        diag.warning(dir_.string(), "",
                     "the data (" + megabytes_text(size) + ") is larger than the cache's bound (" +
                         megabytes_text(max_bytes_) + "); it is read without the cache");
        give_up();
        return false;
    }
    if (!out_->write(pieces)) {
        diag.warning(file_.string(), "", "cannot write the cache entry (" + out_->error() + "); the viewer runs without the cache");
        give_up();
        return false;
    }
    for (std::string_view piece : pieces) checksum_->add(piece);
    payload_bytes_ += more;
    return true;
}

bool CacheEntryWriter::commit(Diagnostics& diag) {
    if (!ok()) return false;
    Header h;
    h.key_bytes = key_bytes_;
    h.payload_bytes = payload_bytes_;
    h.checksum = checksum_->low64();
    if (!out_->write_at(0, header_bytes(h)) || !out_->commit()) {
        diag.warning(file_.string(), "", "cannot write the cache entry (" + out_->error() + "); the viewer runs without the cache");
        give_up();
        return false;
    }
    give_up();  // done: nothing left to remove
    CacheStore(dir_, max_bytes_).evict(file_);
    return true;
}

CacheUse CacheStore::use() const {
    CacheUse use;
    std::error_code ec;
    for (auto it = fs::directory_iterator(dir_, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
        std::error_code size_ec;
        const std::uintmax_t size = it->file_size(size_ec);
        if (size_ec || !is_entry_name(it->path())) continue;
        use.bytes += size, ++use.entries;
    }
    return use;
}

void CacheStore::evict(const fs::path& keep) const {
    struct Entry {
        fs::path path;
        std::uintmax_t size;
        fs::file_time_type used;
    };
    std::vector<Entry> entries;
    std::uintmax_t total = 0;
    std::error_code ec;
    for (auto it = fs::directory_iterator(dir_, ec); !ec && it != fs::directory_iterator(); it.increment(ec)) {
        std::error_code e1, e2;
        Entry e{it->path(), it->file_size(e1), it->last_write_time(e2)};
        if (e1 || e2 || !is_entry_name(e.path)) continue;
        total += e.size;
        if (e.path != keep) entries.push_back(std::move(e));
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.used < b.used; });
    for (const Entry& e : entries) {
        if (total <= max_bytes_) break;
        // Another viewer may have removed it first: either way it no longer counts.
        fs::remove(e.path, ec);
        total -= e.size;
    }
}

}  // namespace corridor
