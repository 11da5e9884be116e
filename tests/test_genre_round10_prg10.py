"""Programs, tenth round: error classes of the development set dev7 (benchmarks/unseen/dev7,
h151-h170) whose cause is a general shape of the genre — each rule tested on the quoted dev7
sentence, with a counter-example the rule must not fire on."""
from __future__ import annotations

from support import programs_of


# ---------------------------------------------------------------- 等一批…项目 closes a list of projects
# dev7/h163 (桂阳县政府工作报告); the same shape in dev5/h95 (…等一批项目落户麻阳)
GUIYANG_BATCH = "县域经济稳步发展,银星公司技改、景湘源食品饮料、天塘山风电场等一批优质新型工业项目竣工投产。"


def test_the_items_of_a_list_closed_by_a_batch_of_projects_are_projects(gaz):
    found = programs_of(GUIYANG_BATCH, gaz, "桂阳县")
    for name in ("银星公司技改", "景湘源食品饮料", "天塘山风电场"):
        assert found.get(name, ("",))[0] == "project", name


def test_a_single_example_of_a_batch_names_no_project(gaz):
    # counter-example (constructed): one company given as the example of a batch
    found = programs_of("县域经济稳步发展,华熙生物等一批项目签约落户。", gaz, "桂阳县")
    assert "华熙生物" not in found
