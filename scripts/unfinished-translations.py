#!/usr/bin/env python3
"""Lists the unfinished messages of a Qt Linguist .ts file as JSON
([{context, source, numerus, translation}]), the shape merge-translations.py
reads back: for translating a batch outside Qt Linguist.
With --parts N it writes N files PREFIX-1.json ... PREFIX-N.json."""
import argparse
import json
import xml.etree.ElementTree as ET


def unfinished(ts_path):
    items = []
    for context in ET.parse(ts_path).getroot().findall("context"):
        name = context.find("name").text
        for message in context.findall("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                items.append({"context": name,
                              "source": message.find("source").text or "",
                              "numerus": message.get("numerus") == "yes",
                              "translation": ""})
    return items


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("ts")
    parser.add_argument("--parts", type=int, default=1)
    parser.add_argument("--prefix", default="unfinished")
    args = parser.parse_args()
    items = unfinished(args.ts)
    if args.parts <= 1:
        print(json.dumps(items, ensure_ascii=False, indent=1))
        return
    size = -(-len(items) // args.parts)
    for part in range(args.parts):
        chunk = items[part * size:(part + 1) * size]
        with open(f"{args.prefix}-{part + 1}.json", "w", encoding="utf-8") as out:
            json.dump(chunk, out, ensure_ascii=False, indent=1)
        print(f"{args.prefix}-{part + 1}.json: {len(chunk)} messages")


if __name__ == "__main__":
    main()
