"""What names a value in a table or a record: the header of its column, or the key right before it (round 12).

A number in a CSV row, a SQL tuple or a JSON record stands far from any label in the running text; the column
header ("nif", "Steuer-ID", "social_insurance_no") or the key ('"tax_number": ', '<steuerIdNr>', 'svnr: ') says
what it is. ``value_label`` returns that name as plain lower-case words ("steuer id nr", "social insurance no"),
so the recognizers can read it with the same word lists as running text. Work per call is bounded by the lines
above the value (``MAX_ROWS_ABOVE``) and a fixed window before it.
"""

from __future__ import annotations

import regex

MAX_ROWS_ABOVE = 200
SQL_WINDOW_CHARS = 4000
_DELIMITERS = ("\t", ";", "|", ",")
_DIGIT = regex.compile(r"\d")
# A header cell is a name: letters, separators, a dot or a '#', never a digit; a rule row ("|---|:--|") is no header.
_HEADER_CELL = regex.compile(r"[ \t\"'`]*[\p{L}_][\p{L}_ \-./#°()'`\"]{0,48}")
_RULE_ROW = regex.compile(r"[\s|+:=-]*")
# The key of a key/value pair ending right before the value: '"tax_number": "', "svnr=", "<steuerIdNr>", "nif => ".
_KEY_BEFORE = regex.compile(
    r"(?<![\p{L}\d_])(?P<key>[\p{L}_][\p{L}\d_.\-]{0,48})[\"'`\]]?[ \t]*(?:=>|:=|[:=]|>)[ \t]*[\"'`]?\Z"
)
_INSERT = regex.compile(r"(?i)\bINSERT[ \t]+INTO[ \t]+[\w.\"`\[\]]+[ \t]*\((?P<columns>[^()]{1,600})\)\s*VALUES\s*")
_SQL_TUPLE = regex.compile(r"\((?P<values>(?:'[^'\n]*'|[^()'\n])*)\)")
_SQL_CELL = regex.compile(r"[ \t]*(?:'[^'\n]*'|[^,]*?)[ \t]*(?:,|\Z)")
_WORD = regex.compile(r"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\d+")


def label_words(name: str) -> str:
    """ "steuerIdNr" -> "steuer id nr", "social_insurance_no" -> "social insurance no", "Steuer-ID" -> "steuer id"."""
    return " ".join(word.lower() for word in _WORD.findall(name))


def value_label(text: str, start: int, end: int) -> str | None:
    """The words of the key before ``text[start:end]`` or of its column's header, or None."""
    key = _KEY_BEFORE.search(text, max(0, start - 60), start)
    if key is not None:
        return label_words(key.group("key"))
    return column_label(text, start, end)


def column_label(text: str, start: int, end: int) -> str | None:
    """The words of the header of the column ``text[start:end]`` stands in (delimited rows, SQL tuples), or None."""
    header = _sql_column(text, start) or _column_header(text, start, end)
    return label_words(header) if header else None


def _column_header(text: str, start: int, end: int) -> str | None:
    """The header cell above a delimited cell: the nearest line above, in the same block of delimited lines,
    whose cells are all names (a data row holds digits; a title line above the block is never reached)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    for delimiter in _DELIMITERS:
        if delimiter not in line or delimiter in text[start:end]:
            continue
        column = text.count(delimiter, line_start, start)
        position = line_start
        for _ in range(MAX_ROWS_ABOVE):
            if position == 0:
                break
            above_start = text.rfind("\n", 0, position - 1) + 1
            above = text[above_start : position - 1]
            position = above_start
            if delimiter not in above:
                break
            if _RULE_ROW.fullmatch(above) or _DIGIT.search(above):
                continue
            cells = above.rstrip("\r").split(delimiter)
            if column < len(cells) and all(not c.strip() or _HEADER_CELL.fullmatch(c) for c in cells):
                return cells[column].strip(" \t\"'`")
            break
        return None
    return None


def _sql_column(text: str, start: int) -> str | None:
    """The column name of a value in the VALUES tuples of the INSERT statement it stands in."""
    inserts = list(_INSERT.finditer(text, max(0, start - SQL_WINDOW_CHARS), start))
    if not inserts:
        return None
    insert = inserts[-1]  # the statement the value stands in, if any: the last one before it
    position = insert.end()
    for row in _SQL_TUPLE.finditer(text, position, min(len(text), start + SQL_WINDOW_CHARS)):
        if text[position : row.start()].strip(" \t\r\n,"):
            return None  # the statement ended before the value
        if row.start("values") <= start < row.end("values"):
            cells = list(_SQL_CELL.finditer(text, row.start("values"), row.end("values")))
            index = next((i for i, cell in enumerate(cells) if cell.start() <= start < cell.end()), None)
            columns = [c.strip(' \t\r\n"`[]') for c in insert.group("columns").split(",")]
            return columns[index] if index is not None and index < len(columns) else None
        position = row.end()
    return None
