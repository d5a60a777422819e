#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// C strings that cross the plugin boundary: allocated with `malloc`, freed by the side that made them.
package enum CString {
    /// A `malloc`ed, NUL-terminated copy of `text` (the receiver frees it with the maker's `free_string`).
    package static func make(_ text: String) -> UnsafeMutablePointer<CChar> {
        guard let copy = strdup(text) else {
            fatalError("out of memory copying a \(text.utf8.count)-byte plugin message")
        }
        return copy
    }

    /// Frees a string made by ``make(_:)``.
    package static func free(_ string: UnsafeMutablePointer<CChar>?) {
        #if canImport(Glibc)
            Glibc.free(string)
        #else
            Darwin.free(string)
        #endif
    }
}
