/**
 * Editorial rules from issue #12, checked on the content files themselves (no build needed):
 * American spelling, sources that are real article pages, the 30-second opener on every guide,
 * and one canonical place for each answer and story that other pages link to.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import GithubSlugger from "github-slugger";
import { letterFirstId } from "../../src/lib/content/heading-id.ts";
import { readContent, type ContentFile } from "./helpers/content-files.ts";

const guides = readContent("content/guides");
const questions = readContent("content/questions");
const purposes = readContent("content/purposes");
const allContent = readContent("content", [".mdx", ".yaml", ".yml", ".json"]);

/** British spellings a U.S. reader trips over; each pattern matches whole words only. */
const BRITISH_SPELLINGS: readonly RegExp[] = [
  /\bpractis(?:e|ed|es|ing)\b/i,
  /\brecognis(?:e|ed|es|ing|able)\b/i,
  /\bcolour(?:s|ed|ful|ing)?\b/i,
  /\borganis(?:e|ed|es|ing|ation|ations|er|ers)\b/i,
  /\bbehaviour(?:s|al)?\b/i,
  /\bcentre(?:s|d)?\b/i,
  /\bfavour(?:s|ed|ing|ite|ites|able)?\b/i,
  /\blicence(?:s)?\b/i,
  /\bjudgement(?:s)?\b/i,
  /\banalys(?:e|ed|es|ing)\b/i,
  /\bapologis(?:e|ed|es|ing)\b/i,
  /\brealis(?:e|ed|es|ing)\b/i,
  /\bprioritis(?:e|ed|es|ing)\b/i,
  /\bsummaris(?:e|ed|es|ing)\b/i,
  /\bspecialis(?:e|ed|es|ing)\b/i,
  /\bminimis(?:e|ed|es|ing)\b/i,
  /\bemphasis(?:e|ed|es|ing)\b/i,
  /\bcriticis(?:e|ed|es|ing)\b/i,
  /\bcustomis(?:e|ed|es|ing)\b/i,
  /\boptimis(?:e|ed|es|ing|ation)\b/i,
  /\bmemoris(?:e|ed|es|ing)\b/i,
  /\bhonour(?:s|ed|ing|able)?\b/i,
  /\blabour\b/i,
  /\bneighbour(?:s|hood)?\b/i,
  /\bcatalogue(?:s|d)?\b/i,
  /\btravell(?:ed|ing|er|ers)\b/i,
  /\bfulfil\b/i,
  /\benrol(?:s|ment)?\b/i,
  /\bdefence\b/i,
  /\boffence(?:s)?\b/i,
  /\bcheque(?:s)?\b/i,
  /\blearnt\b/i,
  /\bwhilst\b/i,
  /\bmum\b/i,
];

/** A day-month date like "3 December" or "3 December 2026"; U.S. style is "December 3, 2026". */
const DAY_MONTH_DATE =
  /\b\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** A weekday with a calendar date ("Monday, January 4" or "Monday 4 January"): advice with it goes stale in weeks. */
const WEEKDAY_WITH_DATE =
  /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? (?:\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b)/;

/** Every string value inside parsed YAML or JSON data, for checking frontmatter and data files. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object")
    return Object.values(value).flatMap(strings);
  return [];
}

/** Prose with quotations taken out: blockquote lines, text in “curly” or "straight" quotes, URLs and link targets. */
function withoutQuotations(text: string): string {
  return text
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/^\s*>.*$/gm, " ")
    .replace(/“[^”\n]*”/g, " ")
    .replace(/"[^"\n]*"/g, " ");
}

/** The text of a file a reader sees outside quotations: JSX attribute values and prose for MDX, string values for data files. */
function readerText(file: ContentFile): string {
  const parts = strings(file.data);
  let body = file.body;
  // Attribute values such as why="…" are prose too, not quotations: check them, then take them out of the body.
  body = body.replace(/\b[\w-]+="([^"]*)"/g, (_all, value: string) => {
    parts.push(value);
    return " ";
  });
  parts.push(body);
  return parts.map(withoutQuotations).join("\n");
}

/** Lines of a file that break a pattern, as "file:line: text" for a readable failure. */
function offendingLines(
  file: ContentFile,
  text: string,
  patterns: readonly RegExp[],
): string[] {
  return text
    .split("\n")
    .filter((line) => patterns.some((pattern) => pattern.test(line)))
    .map((line) => `${file.file}: ${line.trim().slice(0, 120)}`);
}

describe("American English", () => {
  it("has content to check", () => {
    expect(allContent.length).toBeGreaterThan(50);
  });

  it("finds a British spelling outside quotations, and ignores one inside them (the checker itself)", () => {
    const probe = (body: string) =>
      offendingLines(
        { file: "probe", slug: "probe", folder: "", data: {}, body },
        readerText({
          file: "probe",
          slug: "probe",
          folder: "",
          data: {},
          body,
        }),
        BRITISH_SPELLINGS,
      );
    expect(probe("Practise the answer out loud.")).toHaveLength(1);
    expect(probe('<StrongAnswer why="Shows good behaviour.">')).toHaveLength(1);
    expect(probe("He wrote, “we favour people who practise”.")).toEqual([]);
    expect(probe("> Quoted from a UK source: colour and centre.")).toEqual([]);
  });

  it("uses no British spellings outside quotations, anywhere in content/", () => {
    expect(
      allContent.flatMap((file) =>
        offendingLines(file, readerText(file), BRITISH_SPELLINGS),
      ),
    ).toEqual([]);
  });

  it("uses no British spellings in the site's own words either: layouts, pages, tools and their code in src/", () => {
    const sourceFiles = (
      readdirSync("src", { recursive: true, encoding: "utf8" }) as string[]
    ).filter((file) => /\.(?:astro|tsx?|css)$/.test(file));
    expect(sourceFiles.length).toBeGreaterThan(50);
    expect(
      sourceFiles.flatMap((file) =>
        readFileSync(path.join("src", file), "utf8")
          .split("\n")
          .filter((line) => BRITISH_SPELLINGS.some((pattern) => pattern.test(line)))
          .map((line) => `src/${file}: ${line.trim().slice(0, 120)}`),
      ),
    ).toEqual([]);
  });

  it('writes dates the U.S. way ("December 3, 2026"), never "3 December"', () => {
    expect(
      allContent.flatMap((file) =>
        offendingLines(file, readerText(file), [DAY_MONTH_DATE]),
      ),
    ).toEqual([]);
  });

  it("keeps calendar dates out of advice and scripts, even inside quotations (they go stale in weeks)", () => {
    expect(
      allContent.flatMap((file) =>
        offendingLines(file, `${strings(file.data).join("\n")}\n${file.body}`, [
          WEEKDAY_WITH_DATE,
        ]),
      ),
    ).toEqual([]);
  });
});

/** The https sources a file cites: frontmatter `sources` and every <SourceNote href>. */
function citedUrls(file: ContentFile): {
  frontmatter: string[];
  notes: string[];
} {
  const data = file.data as { sources?: { url: string }[] } | undefined;
  return {
    frontmatter: (data?.sources ?? []).map((s) => s.url),
    notes: [...file.body.matchAll(/<SourceNote\s+href="([^"]+)"/g)].map(
      (m) => m[1]!,
    ),
  };
}

describe("sources", () => {
  it.each(guides.map((g) => [g.slug, g] as const))(
    "guide %s lists sources and cites at least one of them inline with <SourceNote>",
    (_slug, g) => {
      const { frontmatter, notes } = citedUrls(g);
      expect(frontmatter.length, "sources in the frontmatter").toBeGreaterThan(
        0,
      );
      expect(
        notes.length,
        "<SourceNote> citations in the text",
      ).toBeGreaterThan(0);
    },
  );

  it("lists every source a guide cites inline in its sources list, so the list at the end is complete", () => {
    const missing = guides.flatMap((g) => {
      const { frontmatter, notes } = citedUrls(g);
      return notes
        .filter((url) => !frontmatter.includes(url))
        .map((url) => `${g.file}: ${url}`);
    });
    expect(missing).toEqual([]);
  });

  it("cites article pages, never a bare home page (a source URL needs a path)", () => {
    const bare = [...guides, ...purposes, ...questions].flatMap((f) => {
      const { frontmatter, notes } = citedUrls(f);
      return [...frontmatter, ...notes]
        .filter((url) => new URL(url).pathname.replace(/\/+$/, "") === "")
        .map((url) => `${f.file}: ${url}`);
    });
    expect(bare).toEqual([]);
  });

  it("recognizes a bare home page (the check itself)", () => {
    const isBare = (url: string) =>
      new URL(url).pathname.replace(/\/+$/, "") === "";
    expect(isBare("https://www.jobsearchjedi.com/")).toBe(true);
    expect(isBare("https://example.com")).toBe(true);
    expect(
      isBare("https://careery.pro/blog/follow-up-email-after-interview"),
    ).toBe(false);
  });
});

/** The part of a guide before its first `##` heading. */
function beforeFirstHeading(body: string): string {
  const heading = /^##\s/m.exec(body);
  return heading ? body.slice(0, heading.index) : body;
}

describe("the 30-second version", () => {
  it.each(guides.map((g) => [g.slug, g] as const))(
    "guide %s opens with <QuickVersion> before its first heading: 3 to 5 points and one script",
    (_slug, g) => {
      const opener = /<QuickVersion\b[^>]*>([\s\S]*?)<\/QuickVersion>/.exec(
        beforeFirstHeading(g.body),
      );
      expect(
        opener,
        "<QuickVersion> … </QuickVersion> before the first ## heading",
      ).not.toBeNull();
      const inside = opener![1]!;
      expect(
        (inside.match(/<SayThis\b/g) ?? []).length,
        "scripts in the 30-second version",
      ).toBe(1);
      const points = inside
        .split("\n")
        .filter(
          (line) =>
            /^(?:[-*]|\d+\.)\s+\S/.test(line.trim()) && !line.startsWith(" "),
        );
      expect(
        points.length,
        "points in the 30-second version",
      ).toBeGreaterThanOrEqual(3);
      expect(
        points.length,
        "points in the 30-second version",
      ).toBeLessThanOrEqual(5);
    },
  );
});

/**
 * One answer, one place: each story or answer is told in its canonical section, and any other page that
 * brings it up links there instead of telling it again.
 */
const CANONICAL_ANSWERS = [
  {
    topic: "the COO story (the eight-minute call)",
    home: "content/guides/why-employers-phone-screen.mdx",
    link: "/guides/why-employers-phone-screen/#one-real-screen",
    mentions:
      /\bCOO\b|very modest|weren[’']t good enough|because of the economy/i,
  },
  {
    topic: "what to do if the line drops",
    home: "content/guides/set-up-for-the-call.mdx",
    link: "/guides/set-up-for-the-call/#if-the-line-drops",
    mentions:
      /line drops|dropped line|line dropped|we got cut off|get cut off/i,
  },
  {
    topic: '"I\'ll pass your resume on"',
    home: "content/guides/after-the-call.mdx",
    link: "/guides/after-the-call/#pass-your-resume-on",
    mentions: /pass(?:es|ing)? (?:your|my|the) resume (?:on|to)\b/i,
  },
  {
    topic: "what your floor is",
    home: "content/guides/salary-expectations.mdx",
    link: "/guides/salary-expectations/#your-floor",
    mentions: /\byour floor\b|\bno floor\b|\bhave a floor\b/i,
  },
] as const;

describe("one answer, one place", () => {
  it.each(CANONICAL_ANSWERS.map((c) => [c.topic, c] as const))(
    "tells %s once, and every other page that mentions it links there",
    (_topic, c) => {
      const home = allContent.find((f) => f.file === c.home);
      expect(home, c.home).toBeDefined();
      const anchor = c.link.slice(c.link.indexOf("#") + 1);
      // Heading ids are made the way the site makes them (src/integrations/heading-ids.ts).
      const slugger = new GithubSlugger();
      const ids = [...home!.body.matchAll(/^#{2,6} (.+)$/gm)].map((m) =>
        letterFirstId(slugger.slug(m[1]!.replace(/[*_`]/g, ""))),
      );
      expect(ids, `${c.home} has a heading with the id #${anchor}`).toContain(
        anchor,
      );
      const unlinked = allContent
        .filter(
          (f) =>
            f.file !== c.home &&
            f.file.endsWith(".mdx") &&
            c.mentions.test(f.body),
        )
        .filter(
          (f) =>
            !f.body.includes(`](${c.link})`) &&
            !f.body.includes(`href="${c.link}"`),
        )
        .map((f) => f.file);
      expect(unlinked).toEqual([]);
    },
  );
});
