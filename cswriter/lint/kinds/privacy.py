"""CS6 kind: personal data (phone, ID and bank card numbers, e-mail addresses)."""

from __future__ import annotations

from collections.abc import Iterator

from cswriter.lint.catalogue import RuleSpec
from cswriter.lint.document import Document
from cswriter.lint.kinds.base import Hit, LintContext, fill_message

_PII_LABELS = {"mobile": "手机号码", "landline": "固定电话", "id_card": "身份证号码",
               "bank_card": "银行卡号", "email": "电子邮箱"}


def check_pii(rule: RuleSpec, doc: Document, ctx: LintContext) -> Iterator[Hit]:
    from cswriter.text.privacy import find_pii, mask

    if "pii" not in doc.memo:
        doc.memo["pii"] = find_pii(doc.text)
    found = doc.memo["pii"]
    wanted = set(rule.params.get("kinds", []))
    for match in found:
        if match.kind in wanted:
            masked = mask(match)
            suggestion = (rule.suggestion or "").replace("{masked}", masked)
            yield Hit(match.start, match.end, rule.code,
                      fill_message(rule, match=match.text, kind=_PII_LABELS[match.kind]), suggestion)
