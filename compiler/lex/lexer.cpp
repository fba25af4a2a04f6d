// The lexer: one pass over the decoded source, producing the whole TokenStream
// up front. It follows CPython 3.12's tokenizer: INDENT/DEDENT from an
// indentation stack with CPython's tab rules (tabs to multiples of 8, checked
// against a second stack where a tab counts as one column to catch
// inconsistent mixing), implicit line joining inside brackets, backslash
// continuation, and PEP 701 f-strings, which are split into FStringStart,
// FStringMiddle (raw literal text), the tokens of each replacement field and
// FStringEnd. A stack of modes tells whether we are lexing ordinary code, an
// f-string's literal text, a replacement field or a format spec. The first
// error ends the stream with an Error token; its diagnostic is stored in
// TokenStream::error for the parser to report. Error positions follow
// CPython's (the column it reports, converted to a 0-based byte offset).
#include "compiler/lex/lexer.h"

#include <cstdio>
#include <cstring>

#include "compiler/lex/unicode.h"

namespace taipan::lex {

namespace {

using diag::Kind;

constexpr int kMaxIndent = 100;     // CPython's MAXINDENT
constexpr size_t kMaxBrackets = 200;  // CPython's MAXLEVEL
constexpr int kMaxFStringNesting = 150;
constexpr uint32_t kTabSize = 8;

inline bool isDigit(char c) { return c >= '0' && c <= '9'; }
inline bool isHexDigit(char c) { return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
inline bool isIdentStartAscii(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
inline bool isIdentCharAscii(char c) { return isIdentStartAscii(c) || isDigit(c); }
// CPython's is_potential_identifier_char: any non-ASCII byte may belong to an
// identifier; it is validated afterwards.
inline bool isPotentialIdentChar(char c) { return isIdentCharAscii(c) || static_cast<unsigned char>(c) >= 0x80; }

// Hard keywords by length and spelling. Soft keywords stay Name.
TokenKind keywordKind(const char* p, size_t n) {
  auto is = [&](const char* kw) { return std::memcmp(p, kw, n) == 0; };
  switch (n) {
    case 2:
      if (is("if")) return TokenKind::KwIf;
      if (is("in")) return TokenKind::KwIn;
      if (is("is")) return TokenKind::KwIs;
      if (is("as")) return TokenKind::KwAs;
      if (is("or")) return TokenKind::KwOr;
      break;
    case 3:
      if (is("def")) return TokenKind::KwDef;
      if (is("for")) return TokenKind::KwFor;
      if (is("not")) return TokenKind::KwNot;
      if (is("and")) return TokenKind::KwAnd;
      if (is("del")) return TokenKind::KwDel;
      if (is("try")) return TokenKind::KwTry;
      break;
    case 4:
      if (is("None")) return TokenKind::KwNone;
      if (is("True")) return TokenKind::KwTrue;
      if (is("else")) return TokenKind::KwElse;
      if (is("elif")) return TokenKind::KwElif;
      if (is("pass")) return TokenKind::KwPass;
      if (is("from")) return TokenKind::KwFrom;
      if (is("with")) return TokenKind::KwWith;
      break;
    case 5:
      if (is("False")) return TokenKind::KwFalse;
      if (is("class")) return TokenKind::KwClass;
      if (is("while")) return TokenKind::KwWhile;
      if (is("break")) return TokenKind::KwBreak;
      if (is("raise")) return TokenKind::KwRaise;
      if (is("yield")) return TokenKind::KwYield;
      if (is("async")) return TokenKind::KwAsync;
      if (is("await")) return TokenKind::KwAwait;
      break;
    case 6:
      if (is("return")) return TokenKind::KwReturn;
      if (is("import")) return TokenKind::KwImport;
      if (is("lambda")) return TokenKind::KwLambda;
      if (is("except")) return TokenKind::KwExcept;
      if (is("global")) return TokenKind::KwGlobal;
      if (is("assert")) return TokenKind::KwAssert;
      break;
    case 7:
      if (is("finally")) return TokenKind::KwFinally;
      break;
    case 8:
      if (is("continue")) return TokenKind::KwContinue;
      if (is("nonlocal")) return TokenKind::KwNonlocal;
      break;
  }
  return TokenKind::Name;
}

// An open bracket. `field` marks the '{' that opens an f-string replacement
// field (as opposed to a dict/set display inside one).
struct Bracket {
  char ch;
  bool field;
  uint32_t offset;
};

// One entry of the mode stack. Ordinary code is the implicit bottom mode.
//  FString: the literal text of an f-string;
//  Field:   the expression of a replacement field (lexed as ordinary code);
//  Spec:    the format spec after a top-level ':' in a field.
// Every entry copies the quote and prefix of the f-string it belongs to.
struct Mode {
  enum Kind : uint8_t { FString, Field, Spec } kind;
  uint8_t flags;
  char quote;
  bool triple;
  uint32_t start;  // offset of the owning f-string's FStringStart
};

class Lexer {
 public:
  Lexer(const SourceFile& file, diag::DiagnosticEngine& diags)
      : file_(file), diags_(diags), s_(file.text().data()), n_(static_cast<uint32_t>(file.text().size())) {}

  TokenStream run();

 private:
  // ---- emitting ----
  void emit(TokenKind kind, uint32_t begin, uint32_t end, uint8_t flags = 0) {
    out_.tokens.push_back(Token{kind, flags, begin, end});
    if (kind != TokenKind::Indent && kind != TokenKind::Dedent) line_has_tokens_ = true;
  }
  // Ends the stream with an error whose diagnostic covers [begin, end).
  void fail(Kind kind, uint32_t begin, uint32_t end, std::string message) {
    if (done_) return;
    if (begin > n_) begin = n_;
    if (end < begin) end = begin;
    if (end > n_) end = n_;
    diag::Diagnostic d;
    d.kind = kind;
    d.severity = diag::kindSeverity(kind);
    d.file = &file_;
    d.range = {begin, end};
    d.message = std::move(message);
    out_.error = std::move(d);
    out_.tokens.push_back(Token{TokenKind::Error, 0, begin, end});
    out_.tokens.push_back(Token{TokenKind::EndOfFile, 0, n_, n_});
    done_ = true;
  }
  void failAt(Kind kind, uint32_t at, std::string message) { fail(kind, at, at + (at < n_ ? 1 : 0), std::move(message)); }

  uint32_t lineOf(uint32_t offset) const { return file_.lineCol(offset).line; }
  // The line CPython names in "(detected at line N)" when input runs out.
  uint32_t eofLine() const {
    uint32_t at = n_;
    if (at > 0 && (s_[at - 1] == '\n' || s_[at - 1] == '\r')) --at;
    return lineOf(at);
  }
  // Length of the line terminator at p (0 when there is none).
  uint32_t newlineLength(uint32_t p) const {
    if (p >= n_) return 0;
    if (s_[p] == '\n') return 1;
    if (s_[p] == '\r') return (p + 1 < n_ && s_[p + 1] == '\n') ? 2 : 1;
    return 0;
  }

  // ---- ordinary code ----
  void lexLineStart();
  void lexToken();
  void lexEof();
  void lexName();
  void lexNumber();
  void lexString(uint32_t begin, uint32_t quote_pos, uint8_t flags);
  void lexFStringText();
  void openBracket(char c, bool field);
  void closeBracket(char c);
  bool verifyEndOfNumber(uint32_t& cur, const char* kind, uint32_t begin);
  bool decimalTail(uint32_t& cur);
  void invalidCharacter(uint32_t at);

  bool inField() const { return !modes_.empty() && modes_.back().kind == Mode::Field; }

  const SourceFile& file_;
  diag::DiagnosticEngine& diags_;
  const char* s_;
  uint32_t n_;
  uint32_t pos_ = 0;
  TokenStream out_;
  bool done_ = false;
  bool atbol_ = true;
  bool line_has_tokens_ = false;
  int indent_ = 0;
  uint32_t indstack_[kMaxIndent + 1] = {0};
  uint32_t altindstack_[kMaxIndent + 1] = {0};
  std::vector<Bracket> brackets_;
  std::vector<Mode> modes_;
  int fstring_depth_ = 0;
};

TokenStream Lexer::run() {
  out_.file = &file_;
  out_.tokens.reserve(n_ / 4 + 16);
  brackets_.reserve(16);
  while (!done_) {
    if (!modes_.empty() && modes_.back().kind != Mode::Field) {
      lexFStringText();
      continue;
    }
    if (atbol_) {
      atbol_ = false;
      if (brackets_.empty()) {
        lexLineStart();
        continue;
      }
    }
    lexToken();
  }
  return std::move(out_);
}

// At the start of a logical line (outside brackets): measure indentation,
// skip blank and comment-only lines, and emit INDENT/DEDENT.
void Lexer::lexLineStart() {
  uint32_t line_start = pos_;
  uint32_t col = 0, altcol = 0;
  uint32_t p = pos_;
  for (;; ++p) {
    char c = s_[p];
    if (c == ' ') {
      ++col;
      ++altcol;
    } else if (c == '\t') {
      col = (col / kTabSize + 1) * kTabSize;
      ++altcol;
    } else if (c == '\f') {
      col = altcol = 0;
    } else {
      break;
    }
  }
  pos_ = p;
  char c = s_[p];
  if (c == '#' || c == '\n' || c == '\r' || p >= n_) {
    // Blank or comment-only line: no tokens, no indentation change.
    if (c == '#')
      while (pos_ < n_ && s_[pos_] != '\n' && s_[pos_] != '\r') ++pos_;
    uint32_t nl = newlineLength(pos_);
    if (nl) {
      pos_ += nl;
      atbol_ = true;
    }
    return;  // at EOF lexToken() finishes the stream
  }
  line_has_tokens_ = false;
  if (col == indstack_[indent_]) {
    if (altcol != altindstack_[indent_]) {
      failAt(Kind::InconsistentTabs, line_start, "inconsistent use of tabs and spaces in indentation");
    }
  } else if (col > indstack_[indent_]) {
    if (indent_ + 1 >= kMaxIndent) {
      failAt(Kind::TooDeepIndentation, p, "too many levels of indentation");
      return;
    }
    if (altcol <= altindstack_[indent_]) {
      failAt(Kind::InconsistentTabs, line_start, "inconsistent use of tabs and spaces in indentation");
      return;
    }
    ++indent_;
    indstack_[indent_] = col;
    altindstack_[indent_] = altcol;
    emit(TokenKind::Indent, line_start, p);
  } else {
    while (indent_ > 0 && col < indstack_[indent_]) {
      --indent_;
      emit(TokenKind::Dedent, p, p);
    }
    if (col != indstack_[indent_]) {
      // CPython points just past the end of the offending line.
      uint32_t e = p;
      while (e < n_ && s_[e] != '\n' && s_[e] != '\r') ++e;
      fail(Kind::UnindentMismatch, e, e, "unindent does not match any outer indentation level");
      return;
    }
    if (altcol != altindstack_[indent_]) {
      failAt(Kind::InconsistentTabs, line_start, "inconsistent use of tabs and spaces in indentation");
      return;
    }
  }
}

void Lexer::lexEof() {
  // EOF inside a replacement field also lands here: CPython then reports
  // the field's '{' as never closed.
  if (!brackets_.empty()) {
    const Bracket& b = brackets_.back();
    fail(Kind::UnclosedBracket, b.offset, b.offset + 1, std::string("'") + b.ch + "' was never closed");
    // The parser should meet this error only at the end of input.
    out_.tokens[out_.tokens.size() - 2].begin = n_;
    out_.tokens[out_.tokens.size() - 2].end = n_;
    return;
  }
  if (line_has_tokens_) emit(TokenKind::Newline, n_, n_);
  while (indent_ > 0) {
    --indent_;
    out_.tokens.push_back(Token{TokenKind::Dedent, 0, n_, n_});
  }
  out_.tokens.push_back(Token{TokenKind::EndOfFile, 0, n_, n_});
  done_ = true;
}

void Lexer::openBracket(char c, bool field) {
  if (brackets_.size() >= kMaxBrackets) {
    failAt(Kind::TooManyNestedBrackets, pos_, "too many nested parentheses");
    return;
  }
  brackets_.push_back(Bracket{c, field, pos_});
  emit(c == '(' ? TokenKind::LParen : c == '[' ? TokenKind::LSquare : TokenKind::LBrace, pos_, pos_ + 1);
  ++pos_;
}

void Lexer::closeBracket(char c) {
  if (brackets_.empty()) {
    failAt(Kind::UnmatchedBracket, pos_, std::string("unmatched '") + c + "'");
    return;
  }
  const Bracket b = brackets_.back();
  if (b.field && c != '}') {
    failAt(Kind::FStringError, pos_, std::string("f-string: unmatched '") + c + "'");
    return;
  }
  char want = b.ch == '(' ? ')' : b.ch == '[' ? ']' : '}';
  if (c != want) {
    std::string msg = std::string("closing parenthesis '") + c + "' does not match opening parenthesis '" + b.ch + "'";
    uint32_t open_line = lineOf(b.offset);
    if (open_line != lineOf(pos_)) msg += " on line " + std::to_string(open_line);
    failAt(Kind::MismatchedBracket, pos_, std::move(msg));
    return;
  }
  brackets_.pop_back();
  emit(c == ')' ? TokenKind::RParen : c == ']' ? TokenKind::RSquare : TokenKind::RBrace, pos_, pos_ + 1);
  ++pos_;
  // The '}' closing a replacement field: back to the f-string's text, or
  // to the enclosing format spec for a field nested in one.
  if (b.field) modes_.pop_back();
}

void Lexer::invalidCharacter(uint32_t at) {
  int32_t cp;
  int len = unicode::decodeUtf8(s_ + at, s_ + n_, &cp);
  char buf[64];
  if (unicode::isPrintable(cp)) {
    std::snprintf(buf, sizeof buf, "invalid character '%.*s' (U+%04X)", len, s_ + at, static_cast<unsigned>(cp));
  } else {
    std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", static_cast<unsigned>(cp));
  }
  fail(Kind::InvalidCharacter, at, at + len, buf);
}

void Lexer::lexToken() {
  // Skip spaces, tabs and form feeds between tokens.
  while (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\f') ++pos_;
  uint32_t p = pos_;
  char c = s_[p];
  switch (c) {
    case '\0':
      if (p >= n_) {
        lexEof();
      } else {
        fail(Kind::InvalidCharacter, p, p + 1, "source code cannot contain null bytes");
      }
      return;
    case '#':
      while (pos_ < n_ && s_[pos_] != '\n' && s_[pos_] != '\r') ++pos_;
      return;
    case '\n':
    case '\r': {
      uint32_t nl = newlineLength(p);
      if (brackets_.empty()) {
        if (line_has_tokens_) emit(TokenKind::Newline, p, p + nl);
        line_has_tokens_ = false;
        atbol_ = true;
      }
      pos_ = p + nl;
      return;
    }
    case '\\': {
      uint32_t nl = newlineLength(p + 1);
      if (nl == 0) {
        if (p + 1 >= n_) {
          fail(Kind::UnexpectedEof, n_, n_, "unexpected EOF while parsing");
        } else {
          failAt(Kind::LineContinuation, p + 1, "unexpected character after line continuation character");
        }
        return;
      }
      pos_ = p + 1 + nl;
      if (pos_ >= n_) fail(Kind::UnexpectedEof, p + 1, p + 1, "unexpected EOF while parsing");
      return;
    }
    case '(':
    case '[':
    case '{':
      openBracket(c, false);
      return;
    case ')':
    case ']':
      closeBracket(c);
      return;
    case '}':
      if (!modes_.empty() && brackets_.empty()) {
        failAt(Kind::FStringError, p, "f-string: single '}' is not allowed");
        return;
      }
      closeBracket(c);
      return;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9':
      lexNumber();
      return;
    case '"':
    case '\'':
      lexString(p, p, 0);
      return;
    case '.':
      if (isDigit(s_[p + 1])) {
        lexNumber();
      } else if (s_[p + 1] == '.' && s_[p + 2] == '.') {
        emit(TokenKind::Ellipsis, p, p + 3);
        pos_ = p + 3;
      } else {
        emit(TokenKind::Dot, p, p + 1);
        pos_ = p + 1;
      }
      return;
    default:
      break;
  }
  if (isIdentStartAscii(c) || static_cast<unsigned char>(c) >= 0x80) {
    lexName();
    return;
  }

  // Operators and delimiters: longest match.
  // s_[n_] is the terminating NUL, so look two ahead only past a non-NUL.
  char c1 = s_[p + 1], c2 = c1 ? s_[p + 2] : '\0';
  TokenKind k;
  uint32_t len = 1;
  switch (c) {
    case ':':
      if (inField() && brackets_.back().field) {
        // A top-level ':' in a replacement field starts the format spec
        // (even before '=': f"{x:=5}" formats x with spec "=5").
        emit(TokenKind::Colon, p, p + 1);
        pos_ = p + 1;
        Mode spec = modes_.back();
        spec.kind = Mode::Spec;
        modes_.push_back(spec);
        return;
      }
      if (c1 == '=') k = TokenKind::ColonEqual, len = 2;
      else k = TokenKind::Colon;
      break;
    case ',': k = TokenKind::Comma; break;
    case ';': k = TokenKind::Semi; break;
    case '~': k = TokenKind::Tilde; break;
    case '+': if (c1 == '=') k = TokenKind::PlusEqual, len = 2; else k = TokenKind::Plus; break;
    case '-':
      if (c1 == '=') k = TokenKind::MinEqual, len = 2;
      else if (c1 == '>') k = TokenKind::RArrow, len = 2;
      else k = TokenKind::Minus;
      break;
    case '*':
      if (c1 == '*') {
        if (c2 == '=') k = TokenKind::DoubleStarEqual, len = 3;
        else k = TokenKind::DoubleStar, len = 2;
      } else if (c1 == '=') {
        k = TokenKind::StarEqual, len = 2;
      } else {
        k = TokenKind::Star;
      }
      break;
    case '/':
      if (c1 == '/') {
        if (c2 == '=') k = TokenKind::DoubleSlashEqual, len = 3;
        else k = TokenKind::DoubleSlash, len = 2;
      } else if (c1 == '=') {
        k = TokenKind::SlashEqual, len = 2;
      } else {
        k = TokenKind::Slash;
      }
      break;
    case '|': if (c1 == '=') k = TokenKind::VBarEqual, len = 2; else k = TokenKind::VBar; break;
    case '&': if (c1 == '=') k = TokenKind::AmperEqual, len = 2; else k = TokenKind::Amper; break;
    case '^': if (c1 == '=') k = TokenKind::CircumflexEqual, len = 2; else k = TokenKind::Circumflex; break;
    case '%': if (c1 == '=') k = TokenKind::PercentEqual, len = 2; else k = TokenKind::Percent; break;
    case '@': if (c1 == '=') k = TokenKind::AtEqual, len = 2; else k = TokenKind::At; break;
    case '=': if (c1 == '=') k = TokenKind::EqEqual, len = 2; else k = TokenKind::Equal; break;
    case '!': if (c1 == '=') k = TokenKind::NotEqual, len = 2; else k = TokenKind::Exclamation; break;
    case '<':
      if (c1 == '<') {
        if (c2 == '=') k = TokenKind::LeftShiftEqual, len = 3;
        else k = TokenKind::LeftShift, len = 2;
      } else if (c1 == '=') {
        k = TokenKind::LessEqual, len = 2;
      } else if (c1 == '>') {
        // "<>" only exists under barry_as_FLUFL; CPython's parser rejects it.
        k = TokenKind::Less;
      } else {
        k = TokenKind::Less;
      }
      break;
    case '>':
      if (c1 == '>') {
        if (c2 == '=') k = TokenKind::RightShiftEqual, len = 3;
        else k = TokenKind::RightShift, len = 2;
      } else if (c1 == '=') {
        k = TokenKind::GreaterEqual, len = 2;
      } else {
        k = TokenKind::Greater;
      }
      break;
    default: {
      unsigned char u = static_cast<unsigned char>(c);
      if (u < 0x20 || u == 0x7F) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", static_cast<unsigned>(u));
        fail(Kind::InvalidCharacter, p, p + 1, buf);
      } else {
        // '$', '?', '`': CPython's tokenizer yields an error token the
        // parser reports as plain invalid syntax.
        fail(Kind::InvalidCharacter, p, p + 1, "invalid syntax");
      }
      return;
    }
  }
  emit(k, p, p + len);
  pos_ = p + len;
}

void Lexer::lexName() {
  uint32_t begin = pos_;
  uint32_t p = pos_;
  // String prefixes: up to two letters directly followed by a quote.
  {
    bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
    uint32_t q = p;
    for (;;) {
      char c = s_[q];
      if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) saw_b = true;
      else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) saw_u = true;
      else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) saw_r = true;
      else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) saw_f = true;
      else break;
      ++q;
      if (s_[q] == '"' || s_[q] == '\'') {
        uint8_t flags = (saw_b ? kPrefixBytes : 0) | (saw_r ? kPrefixRaw : 0) | (saw_u ? kPrefixUnicode : 0) |
                        (saw_f ? kPrefixFormat : 0);
        lexString(begin, q, flags);
        return;
      }
    }
  }
  bool nonascii = false;
  while (isIdentCharAscii(s_[p])) ++p;
  if (static_cast<unsigned char>(s_[p]) >= 0x80) {
    nonascii = true;
    while (p < n_ && isPotentialIdentChar(s_[p])) ++p;
  }
  if (nonascii) {
    // Validate: XID_Start then XID_Continue, reporting the first bad char.
    uint32_t q = begin;
    bool first = true;
    while (q < p) {
      int32_t cp;
      int len = unicode::decodeUtf8(s_ + q, s_ + p, &cp);
      bool ok = first ? unicode::isIdStart(cp) : unicode::isIdContinue(cp);
      if (!ok) {
        invalidCharacter(q);
        return;
      }
      first = false;
      q += len;
    }
    emit(TokenKind::Name, begin, p, 1);
  } else {
    emit(keywordKind(s_ + begin, p - begin), begin, p);
  }
  pos_ = p;
}

// CPython's tok_decimal_tail: digits with single underscores between them.
// `cur` is just past the first digit; on return it is at the first character
// that is not part of the digits.
bool Lexer::decimalTail(uint32_t& cur) {
  for (;;) {
    while (isDigit(s_[cur])) ++cur;
    if (s_[cur] != '_') return true;
    ++cur;
    if (!isDigit(s_[cur])) {
      failAt(Kind::InvalidNumber, cur - 1, "invalid decimal literal");
      return false;
    }
  }
}

// What may follow a number: a keyword that can legally come next
// ("1if x else y") only draws a SyntaxWarning in 3.12; any other identifier
// character is an error.
bool Lexer::verifyEndOfNumber(uint32_t& cur, const char* kind, uint32_t begin) {
  char c = s_[cur];
  const char* rest = nullptr;
  bool r = false;
  switch (c) {
    case 'a': rest = "nd"; break;
    case 'e': rest = "lse"; break;
    case 'f': rest = "or"; break;
    case 'o': rest = "r"; break;
    case 'n': rest = "ot"; break;
    case 'i': r = s_[cur + 1] == 'f' || s_[cur + 1] == 'n' || s_[cur + 1] == 's'; break;
    default: break;
  }
  if (rest) r = std::strncmp(s_ + cur + 1, rest, std::strlen(rest)) == 0;
  if (r) {
    diags_.report(Kind::SyntaxWarning, &file_, {begin, cur}, std::string("invalid ") + kind + " literal");
    return true;
  }
  // Non-ASCII characters are left to the identifier check, which names them.
  if (isIdentCharAscii(c)) {
    failAt(Kind::InvalidNumber, cur > begin ? cur - 1 : begin, std::string("invalid ") + kind + " literal");
    return false;
  }
  return true;
}

void Lexer::lexNumber() {
  uint32_t begin = pos_;
  uint32_t cur = pos_;
  auto invalid = [&](uint32_t at, std::string msg) { failAt(Kind::InvalidNumber, at, std::move(msg)); };
  enum { kInt, kFraction, kExponent, kImaginary } next = kInt;
  if (s_[cur] == '.') {
    ++cur;  // a digit follows (checked by the caller)
    next = kFraction;
  } else if (s_[cur] == '0') {
    ++cur;
    char c = s_[cur];
    if (c == 'x' || c == 'X' || c == 'o' || c == 'O' || c == 'b' || c == 'B') {
      const char lower = static_cast<char>(c | 0x20);
      const char* kind = lower == 'x' ? "hexadecimal" : lower == 'o' ? "octal" : "binary";
      auto inBase = [&](char d) {
        return lower == 'x' ? isHexDigit(d) : lower == 'o' ? (d >= '0' && d <= '7') : (d == '0' || d == '1');
      };
      ++cur;
      do {
        if (s_[cur] == '_') ++cur;
        if (!inBase(s_[cur])) {
          if (lower != 'x' && isDigit(s_[cur])) {
            invalid(cur, std::string("invalid digit '") + s_[cur] + "' in " + kind + " literal");
          } else {
            invalid(cur - 1, std::string("invalid ") + kind + " literal");
          }
          return;
        }
        while (inBase(s_[cur])) ++cur;
      } while (s_[cur] == '_');
      if (lower != 'x' && isDigit(s_[cur])) {
        invalid(cur, std::string("invalid digit '") + s_[cur] + "' in " + kind + " literal");
        return;
      }
      if (!verifyEndOfNumber(cur, kind, begin)) return;
      emit(TokenKind::Number, begin, cur);
      pos_ = cur;
      return;
    }
    // "0", "00", "0_0", or a float/imaginary starting with zeros; other
    // integers with leading zeros are rejected.
    bool nonzero = false;
    for (;;) {
      if (s_[cur] == '_') {
        ++cur;
        if (!isDigit(s_[cur])) {
          invalid(cur - 1, "invalid decimal literal");
          return;
        }
      }
      if (s_[cur] != '0') break;
      ++cur;
    }
    uint32_t zeros_end = cur;
    if (isDigit(s_[cur])) {
      nonzero = true;
      if (!decimalTail(cur)) return;
    }
    c = s_[cur];
    if (c == '.') {
      ++cur;
      next = kFraction;
    } else if (c == 'e' || c == 'E') {
      next = kExponent;
    } else if (c == 'j' || c == 'J') {
      next = kImaginary;
    } else if (nonzero) {
      fail(Kind::InvalidNumber, begin, zeros_end,
           "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
      return;
    } else {
      if (!verifyEndOfNumber(cur, "decimal", begin)) return;
      emit(TokenKind::Number, begin, cur);
      pos_ = cur;
      return;
    }
  } else {
    ++cur;
    if (!decimalTail(cur)) return;
    if (s_[cur] == '.') {
      ++cur;
      next = kFraction;
    } else if (s_[cur] == 'e' || s_[cur] == 'E') {
      next = kExponent;
    } else if (s_[cur] == 'j' || s_[cur] == 'J') {
      next = kImaginary;
    }
  }
  if (next == kFraction) {
    if (isDigit(s_[cur])) {
      ++cur;
      if (!decimalTail(cur)) return;
    }
    if (s_[cur] == 'e' || s_[cur] == 'E') next = kExponent;
    else if (s_[cur] == 'j' || s_[cur] == 'J') next = kImaginary;
  }
  if (next == kExponent) {
    uint32_t e = cur;
    ++cur;
    if (s_[cur] == '+' || s_[cur] == '-') {
      ++cur;
      if (!isDigit(s_[cur])) {
        invalid(cur - 1, "invalid decimal literal");
        return;
      }
    } else if (!isDigit(s_[cur])) {
      // "1e" not followed by digits: the number ends before the 'e', which
      // must then start a keyword ("1else") to be acceptable.
      if (!verifyEndOfNumber(e, "decimal", begin)) return;
      emit(TokenKind::Number, begin, e);
      pos_ = e;
      return;
    }
    ++cur;
    if (!decimalTail(cur)) return;
    if (s_[cur] == 'j' || s_[cur] == 'J') next = kImaginary;
  }
  if (next == kImaginary) {
    ++cur;
    if (!verifyEndOfNumber(cur, "imaginary", begin)) return;
  } else {
    if (!verifyEndOfNumber(cur, "decimal", begin)) return;
  }
  emit(TokenKind::Number, begin, cur);
  pos_ = cur;
}

// A string literal (or the start of an f-string) whose prefix starts at
// `begin` and whose opening quote is at `quote_pos`.
void Lexer::lexString(uint32_t begin, uint32_t quote_pos, uint8_t flags) {
  char quote = s_[quote_pos];
  bool triple = s_[quote_pos + 1] == quote && s_[quote_pos + 2] == quote;
  uint32_t qlen = triple ? 3 : 1;
  if (triple) flags |= kPrefixTriple;
  uint32_t p = quote_pos + qlen;

  if (flags & kPrefixFormat) {
    if (fstring_depth_ >= kMaxFStringNesting) {
      failAt(Kind::FStringError, begin, "too many nested f-strings");
      return;
    }
    emit(TokenKind::FStringStart, begin, p, flags);
    modes_.push_back(Mode{Mode::FString, flags, quote, triple, begin});
    pos_ = p;
    return;
  }

  for (;;) {
    char c = s_[p];
    if (p >= n_ || (!triple && (c == '\n' || c == '\r'))) {
      // Inside a replacement field, a string that runs into the end of the
      // line and uses the f-string's own quotes means the '}' is missing.
      if (inField() && modes_.back().quote == quote && modes_.back().triple == triple) {
        failAt(Kind::FStringError, begin, "f-string: expecting '}'");
        return;
      }
      if (triple) {
        failAt(Kind::UnterminatedTripleQuotedString, begin,
               "unterminated triple-quoted string literal (detected at line " + std::to_string(eofLine()) + ")");
      } else {
        failAt(Kind::UnterminatedString, begin,
               "unterminated string literal (detected at line " + std::to_string(p >= n_ ? eofLine() : lineOf(p)) +
                   ")");
      }
      return;
    }
    if (c == quote) {
      if (!triple) {
        ++p;
        break;
      }
      if (s_[p + 1] == quote && s_[p + 2] == quote) {
        p += 3;
        break;
      }
      ++p;
    } else if (c == '\\') {
      ++p;
      uint32_t nl = newlineLength(p);
      if (nl) p += nl;
      else if (p < n_) ++p;
    } else {
      ++p;
    }
  }
  emit(TokenKind::String, begin, p, flags);
  pos_ = p;
}

// The literal text of an f-string or of a format spec, up to the next
// replacement field, the end of the spec, or the closing quote.
void Lexer::lexFStringText() {
  const Mode m = modes_.back();
  const bool raw = m.flags & kPrefixRaw;
  const bool spec = m.kind == Mode::Spec;
  const uint32_t start = pos_;
  uint32_t p = pos_;
  bool named_escape = false;  // inside \N{...}, whose braces are literal
  auto flushMiddle = [&](uint32_t end) {
    if (end > start) emit(TokenKind::FStringMiddle, start, end);
  };
  auto unterminated = [&](uint32_t detected_line) {
    fail(Kind::FStringError, m.start, m.start + 1,
         std::string(m.triple ? "unterminated triple-quoted f-string literal" : "unterminated f-string literal") +
             " (detected at line " + std::to_string(detected_line) + ")");
  };
  for (;;) {
    char c = s_[p];
    if (p >= n_) {
      unterminated(eofLine());
      return;
    }
    switch (c) {
      case '\'':
      case '"':
        if (c == m.quote && (!m.triple || (s_[p + 1] == c && s_[p + 2] == c))) {
          if (spec) {
            flushMiddle(p);
            failAt(Kind::FStringError, p, "f-string: expecting '}', or format specs");
            return;
          }
          flushMiddle(p);
          uint32_t qlen = m.triple ? 3 : 1;
          emit(TokenKind::FStringEnd, p, p + qlen);
          modes_.pop_back();
          pos_ = p + qlen;
          return;
        }
        ++p;
        break;
      case '\n':
      case '\r':
        // A format spec may span lines even in a single-quoted f-string
        // (CPython 3.12 accepts f"{x:\n}"); the literal text may not.
        if (!m.triple && !spec) {
          unterminated(lineOf(p));
          return;
        }
        ++p;
        break;
      case '\\': {
        ++p;
        char d = s_[p];
        if (d == '{' || d == '}') break;  // the brace keeps its meaning
        if (!raw && d == 'N' && s_[p + 1] == '{') {
          named_escape = true;
          p += 2;
          break;
        }
        uint32_t nl = newlineLength(p);
        if (nl) p += nl;
        else if (p < n_) ++p;
        break;
      }
      case '{':
        if (!spec && s_[p + 1] == '{') {
          p += 2;
          break;
        }
        flushMiddle(p);
        if (done_) return;
        pos_ = p;
        openBracket('{', true);
        if (done_) return;
        modes_.push_back(Mode{Mode::Field, m.flags, m.quote, m.triple, m.start});
        return;
      case '}':
        if (named_escape) {
          named_escape = false;
          ++p;
          break;
        }
        if (!spec) {
          if (s_[p + 1] == '}') {
            p += 2;
            break;
          }
          flushMiddle(p);
          failAt(Kind::FStringError, p, "f-string: single '}' is not allowed");
          return;
        }
        // The end of the spec closes its field.
        flushMiddle(p);
        modes_.pop_back();  // the Spec; the Field goes with its bracket
        pos_ = p;
        closeBracket('}');
        return;
      default:
        ++p;
        break;
    }
  }
}

// Python-style repr of token text in single quotes, escaping only what must
// be escaped to keep one token per line.
void appendRepr(std::string& out, std::string_view text) {
  out += '\'';
  for (char ch : text) {
    unsigned char u = static_cast<unsigned char>(ch);
    switch (ch) {
      case '\\': out += "\\\\"; break;
      case '\'': out += "\\'"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (u < 0x20 || u == 0x7F) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", u);
          out += buf;
        } else {
          out += ch;
        }
    }
  }
  out += '\'';
}

}  // namespace

TokenStream tokenize(const SourceFile& file, diag::DiagnosticEngine& diags) {
  Lexer lexer(file, diags);
  return lexer.run();
}

// Format, one line per token:
//   <line>,<col>-<endline>,<endcol>:\t<KIND>\t'<text>'
// Lines are 1-based, columns 0-based UTF-8 byte offsets (as CPython's
// `python -m tokenize` prints them). KIND is the spelling from tokens.def
// (NAME, NUMBER, '(' ...). A token's end position is taken one past its last
// byte, so a NEWLINE token '\n' ends on its own line. The diagnostic behind
// an ERRORTOKEN is reported by the driver, not printed here.
std::string dumpTokens(const TokenStream& tokens) {
  std::string out;
  const SourceFile& f = *tokens.file;
  for (const Token& t : tokens.tokens) {
    LineCol b = f.lineCol(t.begin);
    LineCol e = b;
    if (t.end > t.begin) {
      e = f.lineCol(t.end - 1);
      e.byte_column += 1;
    }
    out += std::to_string(b.line) + "," + std::to_string(b.byte_column) + "-" + std::to_string(e.line) + "," +
           std::to_string(e.byte_column) + ":\t";
    out += tokenSpelling(t.kind);
    out += '\t';
    appendRepr(out, tokens.text(t));
    out += '\n';
  }
  return out;
}

std::string_view identifierText(const TokenStream& tokens, const Token& tok, std::string& storage) {
  std::string_view text = tokens.text(tok);
  if (tok.kind == TokenKind::Name && (tok.flags & 1) && unicode::nfkc(text, storage)) return storage;
  return text;
}

}  // namespace taipan::lex
