"""A corpus of syndicated copies: each of the five French sample articles is a dispatch
that several outlets rewrite the way outlets do (a new headline, paragraphs cut or
reordered, a paragraph of their own, their own typography), and a short brief that
keeps only the start. Copies of one sample form one story; the samples themselves are
different articles on the same topic and must stay apart, and so must a follow-up
article that quotes two paragraphs of a dispatch among paragraphs of the others.

`python tests/story_corpus.py FOLDER` writes it as Markdown files (front matter with
the title and the outlet) for `carnet import`.
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
OUTLETS = ("Le Monde", "Les Echos", "Le Figaro", "Libération", "La Tribune", "Ouest-France",
           "20 Minutes", "L’Usine nouvelle")
HEADLINES = (
    "Intelligence artificielle : l’Europe sort le carnet de chèques",
    "Bruxelles veut ses usines d’IA",
    "IA : ce que prépare la Commission européenne",
    "Gigafactories : le pari européen",
    "L’UE accélère sur le calcul pour l’IA",
    "Supercalculateurs : l’Europe veut rattraper son retard",
)
OWN_PARAGRAPHS = (
    "Contactée par {outlet}, la Commission n’a pas souhaité préciser le calendrier des appels d’offres, "
    "qui devraient être publiés dans les prochains mois selon plusieurs sources proches du dossier.",
    "Pour les industriels interrogés par {outlet}, la question de l’énergie reste entière : un centre de "
    "calcul de cette taille consomme autant qu’une ville moyenne, et les prix de l’électricité pèsent.",
    "À lire aussi sur {outlet} : notre enquête sur les start-up françaises qui forment leurs propres "
    "modèles de langage, et les obstacles qu’elles rencontrent pour accéder aux processeurs graphiques.",
    "Les syndicats du secteur, cités par {outlet}, s’inquiètent de la place laissée aux entreprises "
    "européennes face aux géants américains qui dominent déjà le marché de l’informatique en nuage.",
)


@dataclass(frozen=True)
class CorpusArticle:
    story: str
    """The sample the text was made from: copies with the same story are one story."""
    outlet: str
    title: str
    body: str


def paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def retype(text: str, rng: random.Random) -> str:
    """The outlet's typography: straight or curly apostrophes, French or English quotes."""
    if rng.random() < 0.5:
        text = text.replace("’", "'")
    else:
        text = text.replace("'", "’")
    if rng.random() < 0.5:
        text = text.replace("« ", "«").replace(" »", "»").replace("«", "“").replace("»", "”")
    else:
        text = text.replace("“", "« ").replace("”", " »")
    return text


def rewrite(dispatch: list[str], outlet: str, rng: random.Random) -> list[str]:
    """One outlet's copy: a paragraph or two cut, two swapped, one of its own added."""
    kept = list(dispatch)
    for _ in range(rng.randint(1, max(1, len(kept) // 4))):
        if len(kept) > 3:
            del kept[rng.randrange(1, len(kept))]
    if len(kept) > 3 and rng.random() < 0.7:
        at = rng.randrange(1, len(kept) - 1)
        kept[at], kept[at + 1] = kept[at + 1], kept[at]
    kept.insert(rng.randrange(1, len(kept) + 1), rng.choice(OWN_PARAGRAPHS).format(outlet=outlet))
    return [retype(paragraph, rng) for paragraph in kept]


def brief(dispatch: list[str], outlet: str, rng: random.Random) -> list[str]:
    """A short brief: the first half of the dispatch, and a line of the outlet's own."""
    kept = dispatch[:max(3, (len(dispatch) + 1) // 2)]
    return [retype(paragraph, rng) for paragraph in kept] + [rng.choice(OWN_PARAGRAPHS).format(outlet=outlet)]


def follow_up(dispatches: list[list[str]], quoted: int, outlet: str, rng: random.Random) -> list[str]:
    """Another article on the topic: two paragraphs of one dispatch among one of each
    other, never a paragraph another follow-up takes (they are different articles)."""
    def taken(by: int, dispatch: list[str]) -> int:
        return 1 + by % (len(dispatch) - 1)

    own = dispatches[quoted]
    others_take = {taken(by, own) for by in range(len(dispatches)) if by != quoted}
    kept = [own[at] for at in rng.sample([at for at in range(1, len(own)) if at not in others_take], 2)]
    kept += [d[taken(quoted, d)] for n, d in enumerate(dispatches) if n != quoted]
    kept.append(OWN_PARAGRAPHS[quoted % len(OWN_PARAGRAPHS)].format(outlet=outlet))
    rng.shuffle(kept)
    return [retype(paragraph, rng) for paragraph in kept]


def build_corpus(seeds: Path = SEEDS, *, copies: int = 4, seed: int = 19,
                 follow_ups: bool = True) -> list[CorpusArticle]:
    """Each sample as the agency's dispatch, `copies` rewrites of it and one brief; then
    (with `follow_ups`) one follow-up article quoting each dispatch, a story of its own."""
    rng = random.Random(seed)
    corpus = []
    dispatches = [paragraphs(path.read_text(encoding="utf-8")) for path in sorted(seeds.glob("*.txt"))]
    for path, dispatch in zip(sorted(seeds.glob("*.txt")), dispatches):
        story = path.stem
        corpus.append(CorpusArticle(story, "AFP", dispatch[0][:90], "\n\n".join(dispatch)))
        outlets = rng.sample(OUTLETS, copies + 1)
        for outlet in outlets[:copies]:
            corpus.append(CorpusArticle(story, outlet, rng.choice(HEADLINES),
                                        "\n\n".join(rewrite(dispatch, outlet, rng))))
        corpus.append(CorpusArticle(story, outlets[copies], rng.choice(HEADLINES),
                                    "\n\n".join(brief(dispatch, outlets[copies], rng))))
    if follow_ups:
        for quoted, path in enumerate(sorted(seeds.glob("*.txt"))):
            outlet = rng.choice(OUTLETS)
            corpus.append(CorpusArticle(f"follow-up {path.stem}", outlet, rng.choice(HEADLINES),
                                        "\n\n".join(follow_up(dispatches, quoted, outlet, rng))))
    return corpus


def write_corpus(folder: Path, corpus: list[CorpusArticle]) -> list[Path]:
    """Write each article as a Markdown file with its title and outlet; return the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, article in enumerate(corpus):
        path = folder / f"{number:03d}_{article.story[:3]}.md"
        path.write_text(f"---\ntitle: {json.dumps(article.title, ensure_ascii=False)}\n"
                        f"source: {json.dumps(article.outlet, ensure_ascii=False)}\nlanguage: fr\n---\n\n"
                        f"{article.body}\n", encoding="utf-8")
        paths.append(path)
    return paths


def as_articles(corpus: list[CorpusArticle]):
    """The corpus as articles to store (`app.services.importing.add_articles`)."""
    from app.core.article import Article

    return [Article(title=a.title, body=a.body, format="md", language="fr", source=a.outlet) for a in corpus]


def true_pairs(corpus: list[CorpusArticle]) -> set[tuple[int, int]]:
    """The pairs of positions (i < j) that are copies of one story."""
    return {(i, j) for i in range(len(corpus)) for j in range(i + 1, len(corpus))
            if corpus[i].story == corpus[j].story}


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tests/story_corpus.py FOLDER")
    written = write_corpus(Path(sys.argv[1]), build_corpus())
    print(f"{len(written)} articles written to {sys.argv[1]}")
