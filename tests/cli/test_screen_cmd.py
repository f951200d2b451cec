"""CLI contract of check / compare / batch: names, JSON shapes, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from screening.cli import main
from tests.conftest import REPO


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SCREENING_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


CHECKS = [
    # query, expected entity id, expected decision
    ("Henan Diesel Engine Industrial Co., Ltd", "screening-default:henan_diesel", "review"),
    ("HENAN DIESEL ENGINE IND CO LTD", "screening-default:henan_diesel", "review"),
    ("Xian Bingo Intelligent Aviation Tech", "screening-default:xian_bingo", "review"),
    ("Changsha Tianyi Space Sci & Tech Research Inst", "screening-default:spacety", "block"),
    ("Huawei Technologies Co Ltd Dubai Branch", "screening-default:huawei", "review"),
    ("河南柴油机重工有限责任公司", "screening-default:henan_diesel", "review"),
]


@pytest.mark.parametrize(("query", "entity", "decision"), CHECKS)
def test_check_json_finds_bundled_entity(capsys: pytest.CaptureFixture[str], query: str,
                                         entity: str, decision: str) -> None:
    code, out, _ = run(capsys, "check", query, "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert doc["query"] == query
    assert doc["decision"] == decision
    best = doc["matches"][0]
    assert best["entity_id"] == entity
    assert set(best) >= {"list", "entity_id", "name", "matched_name", "score", "explanation"}
    assert 0.0 <= best["score"] <= 1.0
    assert best["explanation"]
    scores = [m["score"] for m in doc["matches"]]
    assert scores == sorted(scores, reverse=True)


def test_check_clear_name(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", "Siemens AG", "--format", "json")
    assert code == 0
    assert json.loads(out) == {"query": "Siemens AG", "decision": "clear", "matches": []}


def test_compare_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "compare", "Olaf Scholze", "Olaf Scholz", "--type", "person",
                       "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert doc["is_match"] is True
    assert 0.9 < doc["score"] <= 1.0
    assert "scholze~scholz" in doc["explanation"]


def test_batch_writes_one_row_per_input(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    src = tmp_path / "in.csv"
    src.write_text(
        "record_id,consignee_name,consignee_country,hs_code,goods_description,destination_country\n"
        "A1,Xiamen Limbach Aircraft Engine Company Limited,CN,8407.10,aircraft engine,CN\n"
        "A2,Mueller Moebel GmbH,DE,9403.60,wooden furniture,DE\n"
        'A3,"broken,row\n',
        encoding="utf-8",
    )
    out = tmp_path / "out" / "decisions.jsonl"
    code, stdout, _ = run(capsys, "batch", str(src), "-o", str(out))
    assert code == 0, stdout
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["record_id"] for r in rows][:2] == ["A1", "A2"]
    assert len(rows) == 3
    assert rows[0]["decision"] == "block"
    assert rows[1]["decision"] == "clear"
    assert rows[2]["decision"] == "error"
    assert "decisions:" in stdout


def test_batch_fail_on_gates_ci(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "d.csv"
    code, _, err = run(capsys, "batch", str(REPO / "examples" / "shipments.csv"), "-o", str(out),
                       "--fail-on", "block", "--quiet")
    assert code == 10
    assert "--fail-on block" in err
    assert out.exists()


def test_user_error_is_one_line_with_exit_code(capsys: pytest.CaptureFixture[str],
                                               tmp_path: Path) -> None:
    bad = tmp_path / "list.csv"
    bad.write_text("<!DOCTYPE html><html><body>Service unavailable</body></html>", encoding="utf-8")
    code, _, err = run(capsys, "check", "Anyone", "--list", str(bad))
    assert code == 4
    assert err.count("\n") == 1
    assert "HTML page" in err
    assert "Traceback" not in err
