"""A small TeX-to-Unicode converter for the maths found in clinical lessons.

Clinical notes use a narrow slice of TeX: fractions (doses per kilogram,
clearance formulas), sub- and superscripts (SpO2, 10^9/L), Greek letters and a
few operators. That slice renders well as Unicode plus ``<sub>``/``<sup>``,
which Qt's text browser shows natively, so lessons need no maths images and no
maths library on the client. Commands outside the slice are kept as written
and reported, so the author sees what will not display as typeset.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

__all__ = ["Maths", "tex_to_html"]

_GREEK = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
    "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "ϑ", "iota": "ι", "kappa": "κ",
    "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ",
    "tau": "τ", "upsilon": "υ", "phi": "φ", "varphi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω",
    "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ", "Pi": "Π",
    "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
}
_SYMBOLS = {
    "times": "×", "cdot": "·", "div": "÷", "pm": "±", "mp": "∓", "le": "≤", "leq": "≤",
    "ge": "≥", "geq": "≥", "neq": "≠", "ne": "≠", "approx": "≈", "sim": "∼", "equiv": "≡",
    "propto": "∝", "infty": "∞", "to": "→", "rightarrow": "→", "leftarrow": "←",
    "Rightarrow": "⇒", "leftrightarrow": "↔", "rightleftharpoons": "⇌", "uparrow": "↑",
    "downarrow": "↓", "degree": "°", "circ": "°", "partial": "∂", "nabla": "∇", "sum": "∑",
    "prod": "∏", "int": "∫", "ldots": "…", "cdots": "⋯", "dots": "…", "percent": "%",
    "%": "%", "$": "$", "_": "_", "&": "&", "#": "#", "{": "{", "}": "}", "in": "∈",
    "ll": "≪", "gg": "≫", "mid": "|", "prime": "′", "log": "log", "ln": "ln", "exp": "exp",
    "sin": "sin", "cos": "cos", "tan": "tan", "min": "min", "max": "max", "lim": "lim",
    ",": "\u2009", ";": "\u2005", ":": "\u2005", "!": "", " ": " ", "quad": "\u2003",
    "qquad": "\u2003\u2003", "left": "", "right": "", "big": "", "Big": "", "bigl": "",
    "bigr": "", "displaystyle": "", "textstyle": "", "\\": " ", "lvert": "|", "rvert": "|",
    "langle": "⟨", "rangle": "⟩", "checkmark": "✓", "star": "⋆", "ast": "∗", "micro": "µ",
}
# Commands whose one argument is shown as plain text.
_TEXT_ARG = {"text", "mathrm", "textrm", "mathit", "mathbf", "textbf", "operatorname", "mbox",
             "mathsf", "mathtt", "textit", "boldsymbol", "bm", "ce", "mathcal", "unit"}
_TOKEN = re.compile(r"\\[A-Za-z]+|\\.|[{}^_]|[^\\{}^_]")


@dataclass
class Maths:
    """Rendered maths: ``html`` uses only ``<sub>``, ``<sup>`` and text."""

    html: str
    text: str  # the same, as plain text, for search and screen readers
    unknown: list[str] = field(default_factory=list)  # commands shown as written


class _Parser:
    def __init__(self, tex: str) -> None:
        self.tokens = _TOKEN.findall(tex)
        self.pos = 0
        self.unknown: list[str] = []

    def parse(self, stop: str | None = None) -> tuple[str, str]:
        """Parse up to ``stop`` (``}``) or the end; return (html, text)."""
        out_html: list[str] = []
        out_text: list[str] = []
        while self.pos < len(self.tokens):
            tok = self.tokens[self.pos]
            if tok == stop:
                self.pos += 1
                break
            self.pos += 1
            h, t = self.atom(tok)
            out_html.append(h)
            out_text.append(t)
        return "".join(out_html), "".join(out_text)

    def group(self) -> tuple[str, str]:
        """The next argument: a ``{...}`` group or one token."""
        while self.pos < len(self.tokens) and self.tokens[self.pos] == " ":
            self.pos += 1
        if self.pos >= len(self.tokens):
            return "", ""
        tok = self.tokens[self.pos]
        self.pos += 1
        if tok == "{":
            return self.parse("}")
        return self.atom(tok)

    def raw_group(self) -> str:
        if self.pos < len(self.tokens) and self.tokens[self.pos] == "{":
            depth, start = 0, self.pos
            while self.pos < len(self.tokens):
                tok = self.tokens[self.pos]
                self.pos += 1
                depth += {"{": 1, "}": -1}.get(tok, 0)
                if depth == 0:
                    return "".join(self.tokens[start + 1:self.pos - 1])
        h, _ = self.group()
        return h

    def atom(self, tok: str) -> tuple[str, str]:
        if tok == "{":
            return self.parse("}")
        if tok == "}":
            return "", ""
        if tok in ("^", "_"):
            h, t = self.group()
            tag = "sup" if tok == "^" else "sub"
            return f"<{tag}>{h}</{tag}>", (tok + t if len(t) > 1 else tok + t)
        if not tok.startswith("\\"):
            return html.escape(tok, quote=False), tok
        name = tok[1:]
        if name in _GREEK:
            return _GREEK[name], _GREEK[name]
        if name in _SYMBOLS:
            s = _SYMBOLS[name]
            return html.escape(s, quote=False), s
        if name in ("frac", "dfrac", "tfrac"):
            nh, nt = self.group()
            dh, dt = self.group()
            if len(nt) <= 3 and len(dt) <= 3:  # ½-style for short fractions
                return f"<sup>{nh}</sup>⁄<sub>{dh}</sub>", f"({nt})/({dt})"
            # Long parts stay full size on one line: tiny sub/superscripts are unreadable.
            wrap = lambda h, t: (f"({h})", f"({t})") if re.search(r"[\s+\-×·−]", t) else (h, t)  # noqa: E731
            (nh, nt), (dh, dt) = wrap(nh, nt), wrap(dh, dt)
            return f"{nh} / {dh}", f"{nt} / {dt}"
        if name == "sqrt":
            h, t = self.group()
            return f"√({h})", f"√({t})"
        if name in _TEXT_ARG:
            text = self.raw_group()
            return html.escape(text, quote=False), text
        self.unknown.append(tok)
        return html.escape(tok, quote=False), tok


def tex_to_html(tex: str) -> Maths:
    """Render TeX maths to Unicode with ``<sub>``/``<sup>``; unknown commands stay as written."""
    parser = _Parser(tex.strip())
    h, t = parser.parse()
    return Maths(html=h, text=t, unknown=parser.unknown)
