// Cutting a YAML stream (`medtime batch -`) into its documents without
// parsing it, so that each document is parsed on its own like a file, on
// any worker, and a syntax error in one does not lose the ones after it.
//
// The cut is at the document markers: a line starting with `---` or `...`
// followed by a space or the end of the line (LF, CRLF or a lone CR). YAML
// ends every plain or block scalar and every collection at such a line
// (libyaml included), so a valid document never spans one. A quoted scalar
// may not hold one either: libyaml rejects that document, and here it
// becomes two error rows instead of one; the documents after it are read.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

namespace medtime::yaml {

struct StreamDocument {
  std::string text;            // the document's lines, with its `---` and `...` lines
  std::int64_t first_line = 1; // line of the stream where `text` starts
  std::int64_t line = 1;       // line where the document starts: its `---`, or its first content
  bool too_large = false;      // longer than the limit: `text` holds only its beginning
};

class DocumentSplitter {
public:
  // Reads `stream`, which must outlive the splitter. A document longer than
  // `max_size` bytes is reported `too_large`.
  DocumentSplitter(std::FILE* stream, size_t max_size);

  // Reads the next document into `doc`, reusing its buffer; false at the end.
  // Blank and comment lines before a document are skipped (`first_line`
  // follows them), so they never count against the size limit; directives
  // go with the document; a stream of comments only has no document.
  bool next(StreamDocument& doc);

private:
  // Reads the next line into m_line (with its line break); false at the end.
  bool read_line();

  std::FILE* m_stream;
  size_t m_max_size;
  std::string m_line;
  bool m_line_pending = false; // m_line, a `---`, opens the next document
  std::int64_t m_line_number = 0; // 64-bit: a stream may pass 2^31 lines
  bool m_line_truncated = false;
};

} // namespace medtime::yaml
