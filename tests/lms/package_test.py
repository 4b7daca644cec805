#!/usr/bin/python3
"""The lms_package test: tools/package-lms run for real on a small stand-in
site (the packaging does not depend on what the site's files hold, so the
test needs no browser build), checking the zips' layout, that the same input
gives the same bytes, the SCORM manifest's items and files, and cmi5.xml
against the course-structure rules of the cmi5 specification (section 13:
ids are IRIs and unique, every unit has a url, a launch method and a moveOn
criterion, a mastery score from 0 to 1).

With --schemas, checks imsmanifest.xml against the SCORM 1.2 schemas with
xmllint instead (the lms_package_schemas test): the schemas come from npm
through tools/install-scorm-schemas; when that cannot fetch them (no npm,
offline), exits 77, which CTest shows as this test skipped, with the reason.
Usage: package_test.py SOURCE_DIR WORK_DIR [--schemas]
"""
import os
import re
import shutil
import subprocess
import sys
import unittest
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from urllib.parse import urlsplit, parse_qs

SOURCE = Path(sys.argv[1])
WORK = Path(sys.argv[2])
CHECK_SCHEMAS = sys.argv[3:] == ["--schemas"]
TOOL = SOURCE / "tools" / "package-lms"
CP = "{http://www.imsproject.org/xsd/imscp_rootv1p1p2}"
ADLCP = "{http://www.adlnet.org/xsd/adlcp_rootv1p2}"
IMSMD = "{http://www.imsglobal.org/xsd/imsmd_rootv1p2p1}"
CMI5 = "{https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd}"
SITE_FILES = {"index.html": b"<!doctype html><title>stand-in</title>", "secondlook.js": b"// js",
              "secondlook.wasm": b"\0asm", "lms/bridge.js": b"// bridge"}
OPTIONS = ["--track", "schools", "--scenarios", "new-follower,friend-request", "--title", "Staying safe & sound",
           "--description", "Two stories <for Year 9>", "--version", "2.1", "--pass-mark", "60"]


def package(output, *extra, site=None):
    return subprocess.run([str(TOOL), "--site", str(site or WORK / "site"), "-o", str(output), *OPTIONS, *extra],
                          capture_output=True, text=True)


def make_site():
    site = WORK / "site"
    shutil.rmtree(WORK, ignore_errors=True)
    for name, data in SITE_FILES.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_bytes(data)


def is_iri(text):
    # RFC 3987: a scheme, a colon, and no spaces or characters IRIs exclude.
    return re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+", text or "") is not None


class Packages(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        make_site()
        made = package(WORK / "one")
        if made.returncode != 0:
            raise AssertionError(f"tools/package-lms failed ({made.returncode}): {made.stderr}")
        cls.scorm = WORK / "one" / "secondlook-schools-2.1-scorm12.zip"
        cls.cmi5 = WORK / "one" / "secondlook-schools-2.1-cmi5.zip"
        cls.printed = made.stdout.split()

    def test_both_zips_made_and_named(self):
        self.assertEqual(self.printed, [str(self.scorm), str(self.cmi5)])

    def test_same_input_gives_same_bytes(self):
        # Another run, later, into another folder, from a copy of the site
        # made afresh (other file times): byte for byte the same.
        copy = WORK / "copy-of-site"
        shutil.copytree(WORK / "site", copy)
        for path in copy.rglob("*"):
            os.utime(path, (1000000000, 1000000000))  # 2001
        again = package(WORK / "two", site=copy)
        self.assertEqual(again.returncode, 0, again.stderr)
        for name in (self.scorm.name, self.cmi5.name):
            self.assertEqual((WORK / "one" / name).read_bytes(), (WORK / "two" / name).read_bytes(), name)

    def test_control_file_at_the_root_then_the_site(self):
        for path, control in ((self.scorm, "imsmanifest.xml"), (self.cmi5, "cmi5.xml")):
            with zipfile.ZipFile(path) as archive:
                names = archive.namelist()
                self.assertEqual(names[0], control)
                self.assertEqual(names[1:], sorted(SITE_FILES))
                for name, data in SITE_FILES.items():
                    self.assertEqual(archive.read(name), data)
                self.assertEqual({info.date_time for info in archive.infolist()}, {(1980, 1, 1, 0, 0, 0)})

    def test_scorm_manifest(self):
        with zipfile.ZipFile(self.scorm) as archive:
            manifest = ET.fromstring(archive.read("imsmanifest.xml"))
        self.assertEqual(manifest.findtext(f"{CP}metadata/{CP}schemaversion"), "1.2")
        general = manifest.find(f"{CP}metadata/{IMSMD}lom/{IMSMD}general")
        self.assertEqual(general.findtext(f"{IMSMD}title/{IMSMD}langstring"), "Staying safe & sound")
        self.assertEqual(general.findtext(f"{IMSMD}description/{IMSMD}langstring"), "Two stories <for Year 9>")
        self.assertEqual(manifest.findtext(f"{CP}metadata/{IMSMD}lom/{IMSMD}lifecycle/{IMSMD}version/{IMSMD}langstring"),
                         "2.1")
        organization = manifest.find(f"{CP}organizations/{CP}organization")
        self.assertEqual(manifest.find(f"{CP}organizations").get("default"), organization.get("identifier"))
        self.assertEqual(organization.findtext(f"{CP}title"), "Staying safe & sound")
        items = organization.findall(f"{CP}item")
        self.assertEqual([i.findtext(f"{CP}title") for i in items], ["The New Follower", "The Friend Request"])
        resources = {r.get("identifier"): r for r in manifest.findall(f"{CP}resources/{CP}resource")}
        for item, scenario in zip(items, ("new-follower", "friend-request")):
            self.assertEqual(parse_qs(item.get("parameters").lstrip("?")), {"scenario": [scenario], "track": ["schools"]})
            self.assertEqual(item.findtext(f"{ADLCP}masteryscore"), "60")
            resource = resources[item.get("identifierref")]
            self.assertEqual(resource.get(f"{ADLCP}scormtype"), "sco")
            self.assertEqual(resource.get("href"), "index.html")
        listed = {f.get("href") for r in resources.values() for f in r.findall(f"{CP}file")}
        self.assertEqual(listed, set(SITE_FILES))

    def test_cmi5_course_structure_rules(self):
        with zipfile.ZipFile(self.cmi5) as archive:
            structure = ET.fromstring(archive.read("cmi5.xml"))
            in_zip = set(archive.namelist())
        self.assertEqual(structure.tag, f"{CMI5}courseStructure")
        courses = structure.findall(f"{CMI5}course")
        self.assertEqual(len(courses), 1)
        course = courses[0]
        self.assertEqual(course.findtext(f"{CMI5}title/{CMI5}langstring"), "Staying safe & sound")
        self.assertEqual(course.findtext(f"{CMI5}description/{CMI5}langstring"), "Two stories <for Year 9>")
        units = structure.findall(f".//{CMI5}au")
        self.assertEqual(len(units), 2)
        ids = [course.get("id")] + [u.get("id") for u in units]
        for identifier in ids:
            self.assertTrue(is_iri(identifier), f"not an IRI: {identifier}")
        self.assertEqual(len(set(ids)), len(ids), "ids must be unique")
        for unit, scenario in zip(units, ("new-follower", "friend-request")):
            self.assertIn(unit.get("launchMethod"), ("AnyWindow", "OwnWindow"))
            # What the page sends at the end of a play: completed, then passed or failed.
            self.assertEqual(unit.get("moveOn"), "CompletedAndPassed")
            self.assertEqual(float(unit.get("masteryScore")), 0.6)
            self.assertTrue(unit.findtext(f"{CMI5}title/{CMI5}langstring"))
            self.assertTrue(unit.findtext(f"{CMI5}description/{CMI5}langstring"))
            url = urlsplit(unit.findtext(f"{CMI5}url"))
            self.assertFalse(url.scheme, "a unit's url is relative to the package")
            self.assertIn(url.path, in_zip)
            self.assertEqual(parse_qs(url.query), {"scenario": [scenario], "track": ["schools"]})

    def test_refuses_a_scenario_not_for_the_track(self):
        made = subprocess.run([str(TOOL), "--site", str(WORK / "site"), "-o", str(WORK / "bad"),
                               "--track", "parents", "--scenarios", "friend-request"], capture_output=True, text=True)
        self.assertEqual(made.returncode, 2)
        self.assertIn("'friend-request' is not for the track 'parents'", made.stderr)
        self.assertFalse((WORK / "bad").exists() and any((WORK / "bad").iterdir()))

    def test_refuses_a_missing_site(self):
        made = package(WORK / "none", site=WORK / "no-such-site")
        self.assertEqual(made.returncode, 2)
        self.assertIn("run tools/web first", made.stderr)


class ScormSchemas(unittest.TestCase):
    """imsmanifest.xml against ADL's and IMS's schemas, as xmllint reads them."""

    schemas = None

    def validate(self, manifest_text):
        # One driver schema importing the three the manifest's namespaces
        # name, so the strict wildcards of imscp find the adlcp and imsmd elements.
        driver = WORK / "scorm12.xsd"
        imports = "".join(f'<xsd:import namespace="{ns}" schemaLocation="{self.schemas / name}"/>' for ns, name in (
            ("http://www.imsproject.org/xsd/imscp_rootv1p1p2", "imscp_rootv1p1p2.xsd"),
            ("http://www.adlnet.org/xsd/adlcp_rootv1p2", "adlcp_rootv1p2.xsd"),
            ("http://www.imsglobal.org/xsd/imsmd_rootv1p2p1", "imsmd_rootv1p2p1.xsd")))
        driver.write_text('<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
                          f'targetNamespace="urn:secondlook:scorm12">{imports}</xsd:schema>')
        manifest = WORK / "imsmanifest.xml"
        manifest.write_text(manifest_text)
        return subprocess.run(["xmllint", "--noout", "--schema", str(driver), str(manifest)],
                              capture_output=True, text=True)

    def test_manifest_validates(self):
        make_site()
        self.assertEqual(package(WORK / "out").returncode, 0)
        with zipfile.ZipFile(WORK / "out" / "secondlook-schools-2.1-scorm12.zip") as archive:
            text = archive.read("imsmanifest.xml").decode()
        checked = self.validate(text)
        self.assertEqual(checked.returncode, 0, checked.stderr)
        # The check can fail: a manifest with a wrong SCORM type does not validate.
        broken = self.validate(text.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"'))
        self.assertNotEqual(broken.returncode, 0)
        self.assertIn("scormtype", broken.stderr)


def find_schemas():
    installed = subprocess.run([str(SOURCE / "tools" / "install-scorm-schemas")], stdout=subprocess.PIPE, text=True)
    if installed.returncode != 0:
        print("SKIPPED: no SCORM 1.2 schemas to check imsmanifest.xml against (the reason is above); "
              "only this test is skipped", file=sys.stderr)
        sys.exit(77)
    ScormSchemas.schemas = Path(installed.stdout.strip())


if __name__ == "__main__":
    if CHECK_SCHEMAS:
        find_schemas()
    suite = unittest.TestLoader().loadTestsFromTestCase(ScormSchemas if CHECK_SCHEMAS else Packages)
    result = unittest.TextTestRunner(verbosity=2).run(suite)
    sys.exit(0 if result.wasSuccessful() else 1)
