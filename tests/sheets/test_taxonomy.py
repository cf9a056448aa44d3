"""The checklist and name resolution: synonyms, vernacular names in five languages, authorities,
typos (flagged, GBIF's edit limits), unresolved names with suggestions, user mappings."""
import csv

import pytest

from corridor_plugin.core.taxonomy import (
    Taxon,
    bounded_edit_distance,
    cites_code,
    iucn_code,
    load_checklist,
    normalise,
    strip_authority,
)
from tests.conftest import REPO, TEST_DATA


def test_seed_checklist_has_the_49_taxa_of_the_shared_list_with_their_facts(checklist):
    assert len(checklist) == 49
    gazelle = checklist.get("Procapra gutturosa")
    assert isinstance(gazelle, Taxon)
    assert gazelle.authority == "(Pallas, 1777)"
    assert gazelle.group == "large mammal"
    assert gazelle.names["ru"] == ["дзерен"]
    assert gazelle.names["zh"] == ["黄羊", "蒙原羚"]
    assert gazelle.iucn_category == "LC" and gazelle.iucn_raw == "LC (2016)"
    assert gazelle.cites_appendix == ""
    assert checklist.get("Panthera uncia").cites_appendix == "I"
    assert checklist.get("Canis lupus").dispersal_km == 58.0
    assert checklist.get("Aquila chrysaetos").dispersal_km == 39.6
    assert checklist.get("Saiga tatarica").dispersal_km is None
    assert checklist.get("Equus ferus przewalskii").rank == "subspecies"
    assert len(checklist.version) == 12


def test_unverified_marks_stay_marked(checklist):
    gazelle = checklist.get("Procapra gutturosa")
    assert "kazakh_name" in gazelle.unverified and "kk" not in gazelle.names
    manul = checklist.get("Otocolobus manul")
    assert {"authority", "mongolian_name"} <= manul.unverified
    assert manul.names["mn"] == ["Мануул"]  # the mark is kept as a flag, not as part of the name
    seed_text = (REPO / "seeds" / "checklist" / "corridor_checklist.csv").read_text(encoding="utf-8")
    shared_text = (TEST_DATA / "corridor_checklist.csv").read_text(encoding="utf-8")
    assert seed_text.count("(unverified)") == shared_text.count("(unverified)")
    assert "sources" in seed_text.splitlines()[0]


@pytest.mark.parametrize("name, accepted, kind", [
    ("Grus vipio", "Antigone vipio", "synonym"),
    ("Larus relictus", "Ichthyaetus relictus", "synonym"),
    ("Uncia uncia", "Panthera uncia", "synonym"),
    ("дзерен", "Procapra gutturosa", "vernacular"),
    ("Цагаан зээр", "Procapra gutturosa", "vernacular"),
    ("黄羊", "Procapra gutturosa", "vernacular"),
    ("Ақбөкен", "Saiga tatarica", "vernacular"),
    ("Snow leopard", "Panthera uncia", "vernacular"),
    ("журавль красавка", "Anthropoides virgo", "vernacular"),   # hyphen written as a space
    ("Журавль-Красавка", "Anthropoides virgo", "vernacular"),
    ("серый сурок", "Marmota baibacina", "vernacular"),        # "серый (алтайский) сурок" without the bracket
    ("чёрный журавль", "Grus monacha", "vernacular"),
    ("черный журавль", "Grus monacha", "vernacular"),          # ё written as е
    ("Procapra gutturosa (Pallas, 1777)", "Procapra gutturosa", "exact"),
    ("PROCAPRA GUTTUROSA", "Procapra gutturosa", "exact"),
    ("  panthera   uncia ", "Panthera uncia", "exact"),
    ("Equus hemionus kulan", "Equus hemionus", "synonym"),
])
def test_names_resolve_to_the_accepted_name(checklist, name, accepted, kind):
    match = checklist.resolve(name)
    assert (match.scientific_name, match.kind) == (accepted, kind)
    assert match.score == 1.0


def test_typos_are_matched_fuzzily_within_gbif_edit_limits(checklist):
    one_edit = checklist.resolve("Procapra guturosa")  # 17 characters: up to 2 edits
    assert (one_edit.scientific_name, one_edit.kind) == ("Procapra gutturosa", "fuzzy")
    assert one_edit.score == pytest.approx(1 - 1 / 17, abs=1e-3)
    assert checklist.resolve("Ovis amon").scientific_name == "Ovis ammon"
    assert checklist.resolve("Otocolobus manlu").kind == "fuzzy"  # transposition = 1 edit
    three_edits = checklist.resolve("Prokapra guturoza")
    assert three_edits.kind == "unresolved"
    assert "Procapra gutturosa" in three_edits.suggestions


def test_unknown_names_are_not_guessed_but_get_suggestions(checklist):
    match = checklist.resolve("Felis catus")
    assert match.scientific_name is None and match.kind == "unresolved"
    assert checklist.resolve("").kind == "unresolved"
    assert checklist.resolve(None).kind == "unresolved"
    assert checklist.resolve("Grus sp.").scientific_name is None
    assert checklist.resolve("Grus sp.").suggestions == ["Grus grus"]


def test_vernacular_lookup_per_language(checklist):
    assert checklist.vernacular("Antigone vipio", "ru") == "даурский журавль"
    assert checklist.vernacular("Antigone vipio", "en") == "White-naped crane"
    assert checklist.vernacular("Antigone vipio", "kk") == ""
    assert checklist.vernacular("Nonexistent species", "en") == ""


def test_user_mapping_file_resolves_names_on_reimport(tmp_path):
    mapping = tmp_path / "mapping.csv"
    mapping.write_text("verbatim,scientificName\nкот домашний,Felis catus\nТарвага,Marmota sibirica\n",
                       encoding="utf-8")
    base = load_checklist()
    extended = load_checklist(None, [mapping])
    assert extended.version != base.version
    assert extended.resolve("Тарвага").scientific_name == "Marmota sibirica"
    cat = extended.resolve("кот домашний")
    assert cat.scientific_name == "Felis catus" and cat.kind == "exact"
    assert extended.get("Felis catus") is not None and len(extended) == 50


def test_user_checklist_with_the_same_columns_adds_taxa(tmp_path):
    header = (REPO / "seeds" / "checklist" / "corridor_checklist.csv").read_text(encoding="utf-8").splitlines()[0]
    columns = header.split(",")
    row = {c: "" for c in columns}
    row.update(group="bird", scientific_name_accepted="Tadorna ferruginea (Pallas, 1764)", russian_name="огарь",
               iucn_category="LC", cites_appendix="not listed", authority_verified="unverified")
    extra = tmp_path / "extra.csv"
    with open(extra, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerow(row)
    checklist = load_checklist(None, [extra])
    assert checklist.resolve("огарь").scientific_name == "Tadorna ferruginea"
    assert checklist.get("Tadorna ferruginea").iucn_category == "LC"
    assert "authority" in checklist.get("Tadorna ferruginea").unverified


def test_bad_checklist_files_give_clear_errors(tmp_path):
    with pytest.raises(ValueError, match="not found"):
        load_checklist(None, [tmp_path / "missing.csv"])
    odd = tmp_path / "odd.csv"
    odd.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(ValueError, match="neither a checklist"):
        load_checklist(None, [odd])


def test_helpers_by_hand():
    assert strip_authority("Equus hemionus Pallas, 1775") == "Equus hemionus"
    assert strip_authority("Ursus arctos gobiensis Sokolov & Orlov, 1992") == "Ursus arctos gobiensis"
    assert strip_authority("Saiga tatarica subsp. mongolica") == "Saiga tatarica mongolica"
    assert normalise("  Журавль-Красавка ") == "журавль красавка"
    assert bounded_edit_distance("kitten", "sitting", 5) == 3
    assert bounded_edit_distance("manul", "manlu", 2) == 1
    assert bounded_edit_distance("abcdef", "uvwxyz", 2) == 3  # stops once beyond the limit
    assert iucn_code("CR (en.wikipedia now shows EN - recheck)") == "CR"
    assert iucn_code("EN (IUCN 2023-1); VU in 2019–2020 assessments") == "EN"
    assert cites_code("not listed") == "" and cites_code("II (species); I for E. h. hemionus") == "II"
