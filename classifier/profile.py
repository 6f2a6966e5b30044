"""An organisation's detection profile, compiled: what the engine adds to and removes from its findings.

The profile document (versioned and published in governance, ``DetectionProfileVersion``)::

    {"allow":    [{"id": "nova", "term": "Nova"} | {"id": "hosts", "pattern": "build-[0-9]{2}"}, ...],
     "terms":    [{"id": "falcon", "terms": ["Project Falcon"], "entity_type": "INTERNAL_PROJECT",
                   "category": "internal_project", "level": "CONFIDENTIAL",
                   "case_sensitive": false, "whole_word": true, "languages": ["de", "nl"]}, ...],
     "patterns": [{"id": "customer-no", "regex": "CUST-[0-9]{8}", "entity_type": "CUSTOMER_NUMBER",
                   "category": "personal_data", "level": "CONFIDENTIAL", "score": 0.6,
                   "checksum": "luhn", "context": ["customer"]}, ...],
     "workload_parts": {"<workload slug>": ["code", "hr"]}}

Every entry may name a ``part``; an entry without one applies to every
workload, an entry with one only to the workloads that select that part in
``workload_parts`` (the code assistant adds code-specific terms, HR its
employee-number format).

A term entry may name ``languages`` (ISO 639-1 codes of ``SUPPORTED_LANGUAGES``):
it then applies only to texts the engine identified as one of them
(``classifier/language.py``); an entry without ``languages`` applies to every
text. A word that is a code name in one language may be an everyday word in
another ("Gift" in German and English).

Safety, by construction:
- an allow-list entry removes a finding only when the finding's whole text is
  the literal term (case-insensitively) or fully matches the pattern: never a
  longer value that contains it; and only findings of guessed names
  (``ALLOWLISTABLE_ENTITY_TYPES``) or of the profile's own types: never an
  e-mail address, a key, a diagnosis or any other format- or vocabulary-based
  finding, and never anything in ``PROTECTED_CATEGORIES``;
- every expression runs on RE2 (``google-re2``): linear time in the text,
  whatever the pattern. Patterns RE2 cannot run (back-references,
  look-arounds), patterns over its memory bound, patterns that match the empty
  string and nested unbounded repetitions (catastrophic in any backtracking
  engine a profile may be exported to) are refused when the profile is saved;
- custom entity types cannot reuse a built-in type's name, so a profile can
  add levels, never lower a built-in one.

Terms are matched with one RE2 alternation per (case, word-boundary) option
set, leftmost-longest, not one expression per term: 1,000 terms cost one scan.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import re2

from classifier.language import SUPPORTED_LANGUAGES
from classifier.levels import DEFAULT_LEVELS, LevelMapping, LevelRule
from classifier.recognizers import checksums
from classifier.types import Category, Finding, SensitivityLevel

# What an allow-list entry may remove: names that NER and the name lexicon guess.
ALLOWLISTABLE_ENTITY_TYPES = frozenset({"PERSON", "ORGANIZATION"})
# What no allow-list entry ever removes, whatever its entity type.
PROTECTED_CATEGORIES = frozenset({Category.CREDENTIALS, Category.SPECIAL_CATEGORY, Category.CRIMINAL_RECORD})
RECOGNIZER_NAME = "DetectionProfile"
DEFAULT_TERM_SCORE = 0.85
DEFAULT_PATTERN_SCORE = 0.6
CONTEXT_BOOST = 0.35
# Characters either side of a pattern match searched for its context words.
CONTEXT_WINDOW = 60
MAX_REGEX_CHARS = 500
REGEX_MAX_MEM = 4 << 20  # per pattern; RE2 refuses to compile beyond it
TERMS_MAX_MEM = 256 << 20  # the term alternations (1,000s of terms)
ENTITY_TYPE_FORMAT = re.compile(r"^[A-Z][A-Z0-9_]{1,47}$")
CATEGORY_FORMAT = re.compile(r"^[a-z][a-z0-9_]{1,47}$")
PART_FORMAT = re.compile(r"^[a-z0-9][a-z0-9_-]{0,47}$")
SECTIONS = ("allow", "terms", "patterns", "workload_parts")
MAX_TERMS = 20_000  # in all entries together: the alternations must compile within TERMS_MAX_MEM
MAX_ENTRIES = 1_000  # per section


def _digits(check: Callable[[str], bool]) -> Callable[[str], bool]:
    return lambda value: check(checksums.digits_only(value))


def _compact(check: Callable[[str], bool]) -> Callable[[str], bool]:
    return lambda value: check(re.sub(r"[\s.\-/]", "", value))


# The built-in check-digit algorithms a custom pattern may require of its matches.
CHECKSUMS: dict[str, Callable[[str], bool]] = {
    "luhn": _digits(checksums.luhn_valid),
    "iban": checksums.iban_valid,
    "uk_nhs": _digits(checksums.uk_nhs_valid),
    "nl_bsn": _digits(checksums.nl_bsn_valid),
    "pl_pesel": _digits(checksums.pl_pesel_valid),
    "de_tax_id": _digits(checksums.de_tax_id_valid),
    "pt_nif": _digits(checksums.pt_nif_valid),
    "be_national_number": _digits(checksums.be_national_number_valid),
    "it_fiscal_code": _compact(checksums.it_fiscal_code_valid),
    "es_nif": _compact(checksums.es_nif_valid),
    "uk_nino": _compact(checksums.uk_nino_valid),
}


class ProfileError(ValueError):
    """A profile document that cannot be compiled; ``errors`` maps a path (``patterns.2.regex``) to a sentence."""

    def __init__(self, errors: Mapping[str, str]):
        super().__init__("; ".join(f"{path}: {message}" for path, message in errors.items()))
        self.errors = dict(errors)


@dataclass(frozen=True)
class Rule:
    """What a custom term or pattern finding is: its type, and so its level and category."""

    id: str
    entity_type: str
    score: float


@dataclass(frozen=True)
class _TermMatcher:
    regex: Any  # re2._Regexp
    whole_word: bool
    case_sensitive: bool
    rules: Mapping[str, Rule]  # the term (casefolded unless case-sensitive) -> its rule
    languages: frozenset[str]  # the text languages it runs on; empty: every language

    def runs_on(self, languages: Collection[str]) -> bool:
        return not self.languages or any(language in self.languages for language in languages)


@dataclass(frozen=True)
class _Pattern:
    rule: Rule
    regex: Any
    checksum: Callable[[str], bool] | None
    context: tuple[str, ...]


@dataclass(frozen=True)
class RuleEffect:
    """A preview line: one rule and the findings it added or removed."""

    rule_id: str
    kind: str  # "term", "pattern" or "allow"
    entity_type: str
    added: int = 0
    removed: int = 0


@dataclass(eq=False)
class CompiledProfile:
    """A published profile, for one workload's parts, ready to run; shared read-only by requests."""

    label: str  # "v3:1a2b3c4d5e6f7a8b": what the versions of a classification carry
    term_matchers: tuple[_TermMatcher, ...]
    patterns: tuple[_Pattern, ...]
    allow_terms: Mapping[str, str]  # casefolded term -> entry id
    allow_patterns: tuple[tuple[str, Any], ...]  # (entry id, regex)
    level_rules: Mapping[str, LevelRule]
    _levels: dict[int, LevelMapping] = field(default_factory=dict, repr=False)

    def levels(self, base: LevelMapping) -> LevelMapping:
        """``base`` with this profile's entity types added (built once per base mapping)."""
        mapping = self._levels.get(id(base))
        if mapping is None:
            mapping = LevelMapping({**base.rules, **self.level_rules})
            self._levels[id(base)] = mapping
        return mapping

    # -- adding ---------------------------------------------------------

    def find(self, text: str, *, languages: Collection[str]) -> list[Finding]:
        """The custom terms and patterns in ``text``, with their scores (the caller applies its threshold).

        ``languages``: what the text was identified as (one language; the two texts' languages for a
        window across a boundary). Term entries that name languages run only when one of them is here.
        """
        found: list[Finding] = []
        for matcher in self.term_matchers:
            if not matcher.runs_on(languages):
                continue
            for match in matcher.regex.finditer(text):
                start, end = match.start(), match.end()
                if matcher.whole_word and not _on_word_boundaries(text, start, end):
                    continue
                value = match.group()
                rule = matcher.rules.get(value if matcher.case_sensitive else value.casefold())
                if rule is not None:
                    found.append(Finding(rule.entity_type, start, end, rule.score, f"{RECOGNIZER_NAME}:{rule.id}"))
        for pattern in self.patterns:
            for match in pattern.regex.finditer(text):
                start, end = match.start(), match.end()
                if start == end or (pattern.checksum is not None and not pattern.checksum(match.group())):
                    continue
                score = pattern.rule.score
                if pattern.context and _has_context(text, start, end, pattern.context):
                    score = min(1.0, score + CONTEXT_BOOST)
                found.append(
                    Finding(
                        pattern.rule.entity_type, start, end, round(score, 4), f"{RECOGNIZER_NAME}:{pattern.rule.id}"
                    )
                )
        return found

    # -- removing -------------------------------------------------------

    def allow_entry(self, text: str, finding: Finding) -> str | None:
        """The id of the allow-list entry that removes ``finding`` from ``text``, or None."""
        if finding.entity_type not in ALLOWLISTABLE_ENTITY_TYPES and finding.entity_type not in self.level_rules:
            return None
        rule = self.level_rules.get(finding.entity_type)
        if rule is not None and rule.category in PROTECTED_CATEGORIES:
            return None
        value = text[finding.start : finding.end]
        entry = self.allow_terms.get(value.strip().casefold())
        if entry is not None:
            return entry
        for entry_id, regex in self.allow_patterns:
            if regex.fullmatch(value) is not None:
                return entry_id
        return None

    def apply(self, text: str, findings: Sequence[Finding], *, language: str, score_threshold: float) -> list[Finding]:
        """``findings`` (of ``text``, identified as ``language``) with the custom findings added and
        allow-listed ones removed."""
        added = [f for f in self.find(text, languages=(language,)) if f.score >= score_threshold]
        return [f for f in (*findings, *added) if self.allow_entry(text, f) is None]


def _is_word_char(ch: str) -> bool:
    return ch == "_" or unicodedata.category(ch)[0] in "LN"


def _on_word_boundaries(text: str, start: int, end: int) -> bool:
    before = start == 0 or not (_is_word_char(text[start - 1]) and _is_word_char(text[start]))
    after = end == len(text) or not (_is_word_char(text[end - 1]) and _is_word_char(text[end]))
    return before and after


def _has_context(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    window = (text[max(0, start - CONTEXT_WINDOW) : start] + " " + text[end : end + CONTEXT_WINDOW]).casefold()
    return any(word in window for word in words)


# --- compiling and checking a document ------------------------------------------


def compile_regex(pattern: str, *, case_sensitive: bool = True) -> Any:
    """An RE2 expression, or ValueError with a sentence an officer can act on."""
    if not isinstance(pattern, str) or not pattern:
        raise ValueError("A regular expression is required.")
    if len(pattern) > MAX_REGEX_CHARS:
        raise ValueError(f"At most {MAX_REGEX_CHARS} characters.")
    nested = _nested_repetition(pattern)
    if nested:
        raise ValueError(
            f"Catastrophic pattern refused: it has {nested} inside a repeated group (like '(a+)+'), which takes "
            "exponential time in backtracking engines. Repeat the inner part once (for example '(ab)+' instead "
            "of '(a+b?)+')."
        )
    options = re2.Options()
    options.max_mem = REGEX_MAX_MEM
    options.case_sensitive = case_sensitive
    options.log_errors = False
    try:
        regex = re2.compile(pattern, options)
    except re2.error as exc:
        reason = exc.args[0].decode() if exc.args and isinstance(exc.args[0], bytes) else str(exc)
        raise ValueError(
            f"Not a pattern the linear-time engine (RE2) can run: {reason}. "
            "Back-references and look-arounds are not supported; repetition counts stop at 1000."
        ) from None
    if regex.search("") is not None:
        raise ValueError("The pattern matches the empty string, so it would match everywhere.")
    return regex


def _nested_repetition(pattern: str) -> str:
    """A description of the first unbounded repetition nested in another one, or '' (none, or not parseable)."""
    import re._parser as sre_parse  # the standard library's own parser (Python 3.11+)

    try:
        parsed = sre_parse.parse(pattern)
    except Exception:  # RE2-only syntax (\pL): RE2 decides alone
        return ""
    repeats = {sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, getattr(sre_parse, "POSSESSIVE_REPEAT", None)}

    def walk(items: Any, inside: bool) -> str:
        for op, arg in items:
            if op in repeats:
                _low, high, sub = arg
                unbounded = high == sre_parse.MAXREPEAT or high > 100
                if inside and unbounded:
                    return "an unbounded repetition"
                found = walk(sub, inside or unbounded)
                if found:
                    return found
            elif op == sre_parse.SUBPATTERN:
                found = walk(arg[-1], inside)
                if found:
                    return found
            elif op == sre_parse.BRANCH:
                for branch in arg[1]:
                    found = walk(branch, inside)
                    if found:
                        return found
        return ""

    return walk(parsed, False)


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _check_entry_common(
    entry: Any, where: str, errors: dict[str, str], ids: set[str], *, may_name_languages: bool = False
) -> bool:
    if not isinstance(entry, dict):
        errors[where] = "An entry is an object."
        return False
    entry_id = _text(entry.get("id"))
    if not entry_id:
        errors[f"{where}.id"] = "Required text."
    elif entry_id in ids:
        errors[f"{where}.id"] = f"Duplicate id {entry_id!r}."
    ids.add(entry_id)
    if "part" in entry and (not isinstance(entry["part"], str) or not PART_FORMAT.match(entry["part"])):
        errors[f"{where}.part"] = "A short name: lower-case letters, digits, '-' and '_'."
    if "languages" in entry and not may_name_languages:
        # Ignoring it would apply the entry to every language, which is not what its author meant.
        errors[f"{where}.languages"] = "Only term entries name languages."
    return True


def misspelt_category(name: str) -> str | None:
    """The built-in category ``name`` is almost spelt like, when it is not one itself.

    Own categories are free names, so a typo of a built-in one (``special_categroy``) would be taken as a new
    category and silently never match what the built-in rules and policies say of the real one.
    """
    if name in Category.ALL:
        return None
    close = difflib.get_close_matches(name, Category.ALL, n=1, cutoff=0.8)
    return close[0] if close else None


def _check_typed(entry: Mapping[str, Any], where: str, errors: dict[str, str]) -> None:
    entity_type = entry.get("entity_type")
    if not isinstance(entity_type, str) or not ENTITY_TYPE_FORMAT.match(entity_type):
        errors[f"{where}.entity_type"] = "Upper-case letters, digits and '_' (for example INTERNAL_PROJECT)."
    elif entity_type in DEFAULT_LEVELS or entity_type in ("LOCATION", "NRP"):
        errors[f"{where}.entity_type"] = f"{entity_type} is a built-in type; name your own (levels only rise)."
    category = entry.get("category")
    if not isinstance(category, str) or not CATEGORY_FORMAT.match(category):
        errors[f"{where}.category"] = (
            f"Lower-case letters, digits and '_': one of {', '.join(Category.ALL)} or your own (internal_project)."
        )
    elif meant := misspelt_category(category):
        errors[f"{where}.category"] = (
            f"{category!r} is spelt almost like the built-in {meant!r}: use that, or another name."
        )
    level = entry.get("level")
    if not isinstance(level, str) or level not in SensitivityLevel.__members__:
        errors[f"{where}.level"] = f"Use one of {', '.join(SensitivityLevel.__members__)}."
    score = entry.get("score", DEFAULT_PATTERN_SCORE)
    if not isinstance(score, (int, float)) or isinstance(score, bool) or not 0 < score <= 1:
        errors[f"{where}.score"] = "A number above 0 and at most 1."


def profile_errors(content: Any) -> dict[str, str]:
    """Every problem of a profile document, by path (``patterns.2.regex``); empty when it compiles."""
    errors: dict[str, str] = {}
    if not isinstance(content, dict):
        return {"content": "A detection profile is a JSON object with allow, terms, patterns and workload_parts."}
    unknown = sorted(set(content) - set(SECTIONS))
    if unknown:
        errors["content"] = f"Unknown keys: {', '.join(unknown)}."
    malformed = False
    for section in ("allow", "terms", "patterns"):
        if not isinstance(content.get(section, []), list):
            errors[section] = f"'{section}' must be a list."
            malformed = True
    if malformed:
        return errors
    for section in ("allow", "terms", "patterns"):
        if len(content.get(section, [])) > MAX_ENTRIES:
            errors[section] = f"At most {MAX_ENTRIES} entries."
    term_count = sum(
        len(entry["terms"])
        for entry in content.get("terms", [])
        if isinstance(entry, dict) and isinstance(entry.get("terms"), list)
    )
    if term_count > MAX_TERMS:
        errors["terms"] = f"At most {MAX_TERMS:,} terms in all; this profile has {term_count:,}."
    if any(section in errors for section in ("allow", "terms", "patterns")):
        return errors  # too big to check entry by entry
    ids: set[str] = set()
    for index, entry in enumerate(content.get("allow", [])):
        where = f"allow.{index}"
        if not _check_entry_common(entry, where, errors, ids):
            continue
        if ("term" in entry) == ("pattern" in entry):
            errors[where] = "An allow-list entry states either a 'term' or a 'pattern'."
        elif "term" in entry and not _text(entry["term"]):
            errors[f"{where}.term"] = "Required text."
        elif "pattern" in entry:
            try:
                compile_regex(entry["pattern"], case_sensitive=False)
            except ValueError as exc:
                errors[f"{where}.pattern"] = str(exc)
    for index, entry in enumerate(content.get("terms", [])):
        where = f"terms.{index}"
        if not _check_entry_common(entry, where, errors, ids, may_name_languages=True):
            continue
        terms = entry.get("terms")
        if not isinstance(terms, list) or not terms or not all(_text(term) for term in terms):
            errors[f"{where}.terms"] = "A non-empty list of terms (text)."
        elif any(len(term) > 200 for term in terms):
            errors[f"{where}.terms"] = "A term has at most 200 characters."
        for flag in ("case_sensitive", "whole_word"):
            if flag in entry and not isinstance(entry[flag], bool):
                errors[f"{where}.{flag}"] = "true or false."
        if "languages" in entry:
            languages = entry["languages"]
            if (
                not isinstance(languages, list)
                or not languages
                or not all(isinstance(code, str) and code in SUPPORTED_LANGUAGES for code in languages)
                or len(set(languages)) != len(languages)
            ):
                errors[f"{where}.languages"] = (
                    f"A list of distinct language codes from {', '.join(SUPPORTED_LANGUAGES)} "
                    "(leave it out for every language)."
                )
        _check_typed({"score": DEFAULT_TERM_SCORE, **entry}, where, errors)
    for index, entry in enumerate(content.get("patterns", [])):
        where = f"patterns.{index}"
        if not _check_entry_common(entry, where, errors, ids):
            continue
        try:
            compile_regex(entry.get("regex"), case_sensitive=entry.get("case_sensitive", True) is not False)
        except ValueError as exc:
            errors[f"{where}.regex"] = str(exc)
        checksum = entry.get("checksum")
        if "checksum" in entry and not (isinstance(checksum, str) and checksum in CHECKSUMS):
            errors[f"{where}.checksum"] = f"Use one of {', '.join(CHECKSUMS)}."
        context = entry.get("context", [])
        if not isinstance(context, list) or not all(_text(word) for word in context):
            errors[f"{where}.context"] = "A list of words."
        _check_typed(entry, where, errors)
    levels_by_type: dict[str, tuple[str, str]] = {}
    for section in ("terms", "patterns"):
        for index, entry in enumerate(content.get(section, [])):
            if isinstance(entry, dict) and isinstance(entry.get("entity_type"), str):
                meaning = (str(entry.get("level")), str(entry.get("category")))
                if levels_by_type.setdefault(entry["entity_type"], meaning) != meaning:
                    errors[f"{section}.{index}.entity_type"] = (
                        f"{entry['entity_type']} is used with another level or category elsewhere in the profile."
                    )
    selection = content.get("workload_parts", {})
    if not isinstance(selection, dict) or not all(
        isinstance(parts, list) and all(isinstance(p, str) and PART_FORMAT.match(p) for p in parts)
        for parts in selection.values()
    ):
        errors["workload_parts"] = "Maps workload slugs to lists of part names."
    return errors


def parts_for(content: Mapping[str, Any], workload_slug: str | None) -> tuple[str, ...]:
    """The optional parts a workload selected (sorted); every workload also gets the entries without a part."""
    if workload_slug is None:
        return ()
    return tuple(sorted(set(content.get("workload_parts", {}).get(workload_slug, []))))


def _applies(entry: Mapping[str, Any], parts: Iterable[str] | None) -> bool:
    """``parts`` None: every entry (a preview of the whole profile)."""
    return parts is None or "part" not in entry or entry["part"] in parts


def compile_profile(content: Mapping[str, Any], *, label: str, parts: Iterable[str] | None = ()) -> CompiledProfile:
    """Compile a profile document for a workload that selected ``parts`` (None: all entries).

    Raises ``ProfileError`` when the document has problems (the same ones ``profile_errors`` names).
    """
    errors = profile_errors(content)
    if errors:
        raise ProfileError(errors)
    selected = None if parts is None else frozenset(parts)
    level_rules: dict[str, LevelRule] = {}
    # One alternation per option set and language selection: a text runs only the ones for its language.
    grouped: dict[tuple[bool, bool, tuple[str, ...]], dict[str, Rule]] = {}
    for entry in content.get("terms", []):
        if not _applies(entry, selected):
            continue
        rule = Rule(entry["id"], entry["entity_type"], float(entry.get("score", DEFAULT_TERM_SCORE)))
        level_rules[rule.entity_type] = LevelRule(SensitivityLevel[entry["level"]], entry["category"])
        case_sensitive = bool(entry.get("case_sensitive", False))
        languages = tuple(sorted(entry.get("languages", ())))
        group = grouped.setdefault((case_sensitive, bool(entry.get("whole_word", True)), languages), {})
        for term in entry["terms"]:
            term = term.strip()
            group.setdefault(term if case_sensitive else term.casefold(), rule)
    matchers = []
    for (case_sensitive, whole_word, languages), rules in sorted(grouped.items()):
        options = re2.Options()
        options.case_sensitive = case_sensitive
        options.longest_match = True  # "Project Falcon Two" over "Project Falcon"
        options.max_mem = TERMS_MAX_MEM
        options.log_errors = False
        alternation = "|".join(re2.escape(term) for term in sorted(rules, key=lambda t: (-len(t), t)))
        try:
            regex = re2.compile(alternation, options)
        except re2.error:
            raise ProfileError(
                {"terms": "The terms do not fit the matcher's memory bound; use fewer or shorter terms."}
            ) from None
        matchers.append(_TermMatcher(regex, whole_word, case_sensitive, rules, frozenset(languages)))
    patterns = []
    for entry in content.get("patterns", []):
        if not _applies(entry, selected):
            continue
        rule = Rule(entry["id"], entry["entity_type"], float(entry.get("score", DEFAULT_PATTERN_SCORE)))
        level_rules[rule.entity_type] = LevelRule(SensitivityLevel[entry["level"]], entry["category"])
        regex = compile_regex(entry["regex"], case_sensitive=entry.get("case_sensitive", True) is not False)
        checksum = CHECKSUMS[entry["checksum"]] if entry.get("checksum") else None
        context = tuple(word.strip().casefold() for word in entry.get("context", []))
        patterns.append(_Pattern(rule, regex, checksum, context))
    allow_terms: dict[str, str] = {}
    allow_patterns = []
    for entry in content.get("allow", []):
        if not _applies(entry, selected):
            continue
        if "term" in entry:
            allow_terms.setdefault(entry["term"].strip().casefold(), entry["id"])
        else:
            allow_patterns.append((entry["id"], compile_regex(entry["pattern"], case_sensitive=False)))
    return CompiledProfile(
        label=label,
        term_matchers=tuple(matchers),
        patterns=tuple(patterns),
        allow_terms=allow_terms,
        allow_patterns=tuple(allow_patterns),
        level_rules=level_rules,
    )


def rule_effects(
    text: str, base: Sequence[Finding], profile: CompiledProfile, *, language: str, score_threshold: float
) -> list[RuleEffect]:
    """What each rule of ``profile`` adds to or removes from ``base`` (the findings without it), for a preview.

    ``language``: what the engine identified ``text`` as (language-bound terms run only on their languages).
    """
    effects: dict[tuple[str, str, str], RuleEffect] = {}

    def bump(key: tuple[str, str, str], *, added: int = 0, removed: int = 0) -> None:
        old = effects.get(key) or RuleEffect(key[0], key[1], key[2])
        effects[key] = RuleEffect(key[0], key[1], key[2], old.added + added, old.removed + removed)

    for finding in profile.find(text, languages=(language,)):
        if finding.score >= score_threshold and profile.allow_entry(text, finding) is None:
            rule_id = finding.recognizer.split(":", 1)[1]
            kind = "pattern" if any(p.rule.id == rule_id for p in profile.patterns) else "term"
            bump((rule_id, kind, finding.entity_type), added=1)
    for finding in base:
        entry = profile.allow_entry(text, finding)
        if entry is not None:
            bump((entry, "allow", finding.entity_type), removed=1)
    return sorted(effects.values(), key=lambda e: (e.rule_id, e.entity_type))
