#!/usr/bin/env python3
"""Merges translations kept as JSON ([{context, source, numerus, translation}])
into a Qt Linguist .ts file, marking them finished. Used to bring in batches
translated outside Qt Linguist; Linguist remains the normal tool."""
import json
import sys
import xml.etree.ElementTree as ET


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: merge-translations.py FILE.ts PART.json [PART.json ...]")
    ts_path, parts = sys.argv[1], sys.argv[2:]
    known = {}
    for part in parts:
        for item in json.load(open(part, encoding="utf-8")):
            if item.get("translation"):
                known[(item["context"], item["source"])] = item["translation"]

    tree = ET.parse(ts_path)
    merged = missing = 0
    for context in tree.getroot().findall("context"):
        name = context.find("name").text
        for message in context.findall("message"):
            source = message.find("source").text or ""
            translation = message.find("translation")
            value = known.get((name, source))
            if value is None:
                if translation.get("type") == "unfinished":
                    missing += 1
                continue
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value, value]
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value if isinstance(value, str) else value[0]
            translation.attrib.pop("type", None)
            merged += 1

    ET.indent(tree, space="    ")
    with open(ts_path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        out.write(ET.tostring(tree.getroot(), encoding="unicode"))
        out.write("\n")
    print(f"merged {merged}, still unfinished {missing}")


if __name__ == "__main__":
    main()
