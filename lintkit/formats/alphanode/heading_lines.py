"""Whether a line alone reads as a heading: short, without a sentence's stop, and none of the lines a
page writes as one-line paragraphs though they look like headings (a pointer to more, a version's note, a
licence's notice, a macro's signature, a row of links, an address alone). The parser asks it of each line of
a chunk; the passes of lintkit.formats.alphanode.context then read the lines beside what stands around them,
with two shapes defined here: a post's signature (`is_signature`) and a lead-in that runs on (`RUNS_ON`).
"""

from __future__ import annotations

import re

from lintkit.compiled import pattern as _compile
from lintkit.formats.alphanode.chunks import MAX_HEADING_CHARS, MAX_HEADING_WORDS, final_char
from lintkit.formats.alphanode.schema import bullet
from lintkit.formats.code_patterns import HASHED_TEXT, SIGNATURE
from lintkit.model import Block, Line

# Only these end a line that is not a heading: a real heading may end in `?`
# (`What's next?`), `!` or `:` (`Prerequisites:`). A line ending in `:` that
# leads into code or a list, or opens a section, is a paragraph all the same (`lead_ins`).
_SENTENCE_END = ".,;…"
# Closing quotes and brackets are looked through for the final character.
_CLOSERS = "\"')]’”»"

# A sentence ending inside the line, the next one starting: `This guide is incomplete. Contributions are
# welcome!`; not `Node.js vs. Deno` (a short abbreviation) nor `Why spaces? I prefer tabs` (a question heading), nor
# a name's `!` (CocoaPods' `use_frameworks! Linkage Customization`: 2 headings of the corpora's Markdown). A short
# word's `!` ends one too (ZenStack's `That’s it! Simple, right?`: 72 paragraphs, 1 heading).
_SENTENCE_BREAK = _compile(r"\b(?!\w*_\w*!)\w*[a-z]{3}[.!][\"')’”]?\s+[A-Z]|\b[a-z]{1,2}![\"')’”]?\s+[A-Z]")
# A line of stops alone (`?` after a snippet, asking the reader) is said, not a heading; a line without
# a letter or digit (`---`, a rule inside a snippet) names nothing either, nor a conjunction alone between two
# snippets or options (LLVM's `or`: 73 paragraphs of the corpora's Markdown, no heading; TidalCycles' `followed by`).
_STOPS_ONLY = _compile(r"^[?!.…]+$|^[^\w]+$|^(?i:or|and|then|and then|otherwise|vs\.?|versus|followed by):?$")
# Openings a heading never has: an example given (`For example, http://localhost/VolumeDriver.List`, or alone over
# its snippet: 15 paragraphs of the corpora's Markdown, no heading) or a reference (`cf. Article 2.1.a of the Paris
# Agreement`: with `e.g.` and `i.e.`, 7 paragraphs, no heading), a
# pointer to a file (`See AUTHORS.md`), a name given (`Also known as : control groups`), a copyright (`© ...`),
# a footnote's mark glued to its first word, never closed (`*Extrapolated from observed scaling`, under a table; not
# one word alone: LÖVE's heading `*nix`), a sentence's connective and its comma (`As expected, the statefulset
# creation is blocked because it violates the rule`: 950 paragraphs of the corpora's Markdown, no heading).
# A line ending on an article, a possessive or a conjunction runs on into what follows (Nx's `The command will also
# have generated our`, over a list): 10 lines of three words or more of the corpora's Markdown, paragraphs all.
_RUNS_ON_INTO = _compile(r"^[A-Z]\S*( \S+){2,} (our|your|the|an|that|which|and)$")
_OPENS_SENTENCE = _compile(
    r"^(for example|for instance|e\.g\.|i\.e\.|cf\.|viz\.)([,\s]|$)|^see \S+\.(md|rst|txt|html?)\b|^also known as\b|^©"
    # A sentence taking up the one before it after an ellipsis (Haxe's `... but what if there's a plot twist and we
    # were wrong?`): 31 paragraphs of the corpora's Markdown, no heading.
    r"|^(\.\.\.|…) ?(and|but|or|so|then|which|because|while|until|unless)\b"
    r"|^[*†‡](?=[A-Za-z])[^*\s]*\s[^*]*$"
    r"|^(as (expected|always|usual|before|mentioned|noted|shown|such|a result|you can see|we saw)|of course|in fact"
    r"|that said|by default|in general|in short|in addition|in this case|in practice|at this point|to do (this|so)"
    r"|once again|if (so|not|needed)|instead|finally|(un)?fortunately|luckily|interestingly|similarly|additionally"
    r"|furthermore|moreover|meanwhile|otherwise|therefore|thus|hence|alternatively|optionally"
    # DataFusion's `However, the use of heuristics ... means optimizers must`: 104 lines of fourteen words or fewer
    # of the corpora's Markdown open on these, 1 heading.
    r"|however|nevertheless|nonetheless|consequently|accordingly|conversely|likewise|specifically|notably"
    r"|ultimately|eventually|basically|essentially|obviously|clearly|surprisingly|importantly|technically|besides"
    r"|overall|currently|recently|previously|historically|traditionally|typically|generally|usually|normally"
    r"|often|firstly|secondly|thirdly|lastly|next|then), "  # cert-manager's `Firstly, download the binary ...`
    # A note, a summing-up, a postscript (Remix's `TODO: Link to docs`, `In other words: Proposal → Roadmap → RFC`,
    # `TL;DR: ...`, `PS: ...`): 104 paragraphs of the corpora's Markdown open so, no heading.
    r"|^(todo|fixme|nb|n\.b\.|ps|p\.s\.|in other words|that is|in short|in summary|put simply|put another way"
    r"|simply put|tl;dr)[:,] \S"
    # A sentence run on in lower case from the one before (Camel's `and set the plugin.path property to your choosen
    # location`): 206 paragraphs of the corpora's Markdown open on these, no heading.
    r"|^(?-i:(and|but|or|then|so|which|where|whereas|while|because) [a-z])"
    # What the post is doing here (Camel's `In this example we'll use /home/connectors/`): 500 paragraphs, no heading.
    r"|^in this (example|tutorial|guide|post|article|section|blog)\b"
    # Where to read more (Express's `More details area available in GHSA-...`, its stop left out): 33, none.
    r"|^(more|further|additional) (details|information|info)( about [^,]+)? (is|are|area|can be) (available|found)\b",
    re.I,
)

# A link's text alone on a line, a one-line paragraph: an imperative pointing `here` (`Get geckodriver here`,
# `Download it here`), a pointer to an example's source (`View full source code`), or to more (`See the relevant
# API: pgp.end, Database.$pool`, `For more detail on command line selection see the command line docs`: 21
# paragraphs of the seven stand-ins without their stop; headings: `See also`, `See You Soon`, V8's `See for
# yourself`), to a video (`Watch the video`, Foundation's `Watch this part in video`: 13 lines of the Markdown
# corpora, no heading) or to a playground (Stylus's `Help yourself: test it online`; faker's heading `Try it Online`
# opens so), or a resource named, then `here` (Hugging Face's `Mistral 7b Free Tesla T4 colab example here`: 5
# paragraphs, no heading). `For more information` alone is a heading (Gardener's: 1 of the corpora's Markdown, no
# paragraph).
_LINK_TEXT = _compile(
    r"^((view|see|get|read|download|visit|click|browse|find|check out|try it)\b.*\bhere"
    r"|view (the )?(full )?(source( code)?|code|example|demo|on github)"
    r"|watch\b.*\b(video|screencast|youtube)|\S.*\b(test|try) it online"
    r"|\S.*\b(example|notebook|demo|colab|guide|tutorial|slides|recording|video|post|article|paper|docs) here"
    r"|live demo$"  # Jake Archibald's `[Live demo](...)` after each snippet: 3 paragraphs, no heading
    r"|(see (?!also$|and |you\b|for yourself\b|(\S+ ){1,2}in action$)\S"
    r"|for more (detail|details|information|info|on|about)\b(?!$)).*(?<![!?])"
    # A page's link to its top (PingCAP's `[Back to the top](#top)` after each answer: 18 lines of 4 posts; in
    # the corpora's Markdown 8 paragraphs, no heading).
    r"|(back|return|go|scroll) to (the )?top( of (the )?page)?\W{0,3}"
    # An instruction to click (Octopus's `Click the ADD button to add containers to the ECS service`, its screenshot
    # left out): 6 paragraphs of the corpora's Markdown, no heading.
    r"|click (the|on|to|here|below|this|a|an)\b.*(?<![!?])"
    # A button to discuss the post elsewhere (Trino's `Discuss on Reddit`, `Discuss On Hacker News`).
    r"|(discuss|share|comment|vote)( it| this (post|article))? on [a-z][\w.]*( [a-z]\w*)?)$",
    re.I,
)

# A callout's note of the version that brought a name, a sentence: `combine_header_slug is new in 10.1`,
# `InlineHiliteException added in 9.5`, `WithinRel matcher was introduced in Catch 2.10.0` (12 paragraphs of the
# seven stand-ins, no heading).
_VERSION_NOTE = _compile(
    r"^\S.* (is new|((was|were|has been|have been) )?(added|changed|deprecated|removed|introduced))"
    r" in( [A-Z][\w+]*)?( version)? v?\d+(\.\d+)+$"
)
# A sentence that ends on the address it points to (Foundation's `Once compiled, you project is viewable at:
# http://localhost:8000`, q3c's `Fresh versions of the software could be obtained here: https://...`): 465 lines of
# the stand-ins' Markdown prose end so, no heading but a badge's alt text; or on a bare site's path (Supabase's `Make
# sure to star us on github! github.com/supabase/supabase`: 26 paragraphs, no heading).
_ADDRESS_AT_END = _compile(
    r"^(\S+\s+){2,}(at|to|from|on|in|visit|see|here):?\s+https?://\S+$"
    # Or an address inside it (Hudi's `Checkout https://hudi.apache.org/blog/... for more options` after its code,
    # Flux's `Invite yourself at https://slack.weave.works and hang out with us`): 32 paragraphs, no heading. Opening
    # on a capital: a command holding an address is code's to decide (`copier copy --vcs-ref master https://...`).
    r"|^(?-i:[A-Z]).*\shttps?://\S+\s+\S"
    r"|^https?://\S+( https?://\S+)+$"  # addresses run together (Podman's closing links): 3 paragraphs, no heading
    r"|^(\S+\s+){2,}(?:www\.)?[\w-]+\.(com|org|io|dev|net|rs|sh)/\S+$"
    # Or saying where a thing is, a path last (Electric's `All source code for Linearlite is in /examples/linearlite`,
    # `Change history can be found in HISTORY.md`): 11 paragraphs of the corpora's Markdown, no heading.
    # Or on a site's name alone after `is available at` (PixiJS's `Documentation is available at layout.pixijs.io`: 3
    # paragraphs of the corpora's Markdown, no heading; `Previously on haxe.org` is one).
    r"|^.*\s(is|are) (available |hosted )?(at|on) (www\.)?[\w-]+(\.[\w-]+)*\.(com|org|io|dev|net|rs|sh)/?$"
    r"|^(?!(what|where|which|how|why)\b).*\s(is|are|lives?|can be found) (in|at|under) (the )?"
    r"(\S*/\S*|\S+\.[a-z]{1,5})$",
    re.I,
)


# A post's usual section name written with a stop.
_SECTION_NAME_STOPPED = _compile(
    r"^(?i:conclusions?|summary|introduction|overview|background|motivation|results|discussion|acknowledge?ments"
    r"|references|prerequisites|installation|usage|wrap-up|wrapping up|next steps|final thoughts|takeaways)\.$"
    r"|^(?:[A-Z]\.){2,3}$"  # a postscript's heading (Deliveroo's `P.S.`: 1 heading of the corpora, no paragraph)
)
# A section's number, a dash and its title (Pfister's `4.1 - Matching something that is at the beggining of a line`).
_NUMBERED_SECTION = _compile(r"^\d{1,2}(\.\d{1,2})* - [A-Z]")
# A licence's copyright notice (`Copyright (c) 1996-2022, PostgreSQL Global Development Group`) or a numbered
# reference (`[1] https://github.com/tdunning/t-digest`: 19 paragraphs of the seven stand-ins, no heading; QuestDB's
# `[1]https://github.com/abseil/abseil-cpp`: 8 of the corpora's Markdown, no heading or code); a numbered figure's
# caption (OpenSearch's `Figure 3: Index policies summary page`: 21 paragraphs, no heading); an
# image's credit, versions listed, a chat's speaker and the day, a byline's field.
_NOTICE = _compile(
    r"^\[\d+\](\s+\S|https?://)|\bCopyright\s+(\([cC]\)|©)\s*(19|20)\d\d|^(Figure|Fig\.|Table|Listing) ?\d+[:.]"
    r"|\((?i:image|photo|picture|figure) (?i:source|credits?):"  # a figure's credit (`(Image source: Kubernetes.io)`)
    r"|^((Image|Photo) )?([Ss]ource|[Cc]redit|[Cc]ourtesy)s?: [A-Z]\S*( \S+){0,3}$"  # `Source: PlanetScale` (8, 0)
    r"|^Source: [a-z0-9][\w-]*$|^Courtesy of [A-Z]"  # a credit: APISIX's `Source: authorization-in-apisix-using-casbin`
    # A photo's credit (`Photo by Kari Shea on Unsplash`, `Hero image by Ian Schneider.`, `Image Credit : ebook ...`):
    # 18 paragraphs of the corpora's Markdown, no heading; 3 false findings of two stand-ins as headings.
    r"|^((Hero|Cover|Header|Banner|Featured) )?(?i:photos?|images?|pictures?|illustrations?|artwork)"
    r" (?i:by \S|courtesy of \S|credits? ?: ?\S)"
    # Where a post first ran (the .NET blog's `Original post: Aspire 13.4 is here`): 21 paragraphs, no heading.
    r"|^(Original(ly)? (post|source|article|announcement)|Full release notes|Read the full [a-z ]+): \S"
    r"|^v?\d+(\.\d+)+(, v?\d+(\.\d+)+){2,}$"  # versions listed (`v10.0.0, v10.0.1, v11.0.0`)
    # A chat's speaker and the day (Vitess's Slack digest: `sjmudd [Sep 26th]`; 9 paragraphs, no heading).
    r"|^[\w .-]{1,40} \[(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}(st|nd|rd|th)?\]$"
    # A byline's field (Knative's `Author: Ali Ok, Principal Software Engineer @ Red Hat`, `Date: 2020-07-20`, Nim's
    # `Author: Jason Beetham`: 72 paragraphs of the corpora's Markdown, 1 heading; OpenFaaS's `Editor(s): Alex Ellis &
    # Richard Gee`, Kubernetes' `Editors: ...`, `Reviewers: ...`: 5, none), or an update's date.
    r"|^(Authors?|Co-authors?|Section Authors?|Date|Published|Last updated|Student|Mentors?|Speakers?|Theme|Location"
    r"|Venue|Reviewed by|Written by|Posted by|Editors?|Editor\(s\)|Author\(s\)|Reviewers?): \S"
    r"|^Updated on \d{4}-\d\d-\d\d$"
    # Thanks to someone (KubeVela's `Big thanks to Erkan Zileli 🎉🎉🎉` closing a post: 62 paragraphs of the corpora's
    # Markdown open so; the 3 headings thank `our partners`, `our friends`).
    r"|^((Big|Special|Many|Huge) )?[Tt]hanks to (?!our \w+$)\S"
)


# A row of links, three or more (`Github | crates.io | docs.rs`, `Install · Options · CLI · API`, a README's
# `Website • API Docs • Playground`): 20 paragraphs of the corpora's Markdown, 1 heading (a signature's union
# type, `string.min(limit: number | Ref, ...)`, has brackets or a colon; a pipeline, redirections and options). Two
# links in capitals (`GitHub | Documentation`, EMQX's `Download link ｜ Installation document`): 27 paragraphs, 1
# heading.
_LINK_BAR = _compile(
    r"^[^|·•():<>=$&;]{1,40}(?: [|·•] [^|·•():<>=$&;]{1,40}){2,}$"
    r"|^[A-Z][A-Za-z]*( [A-Za-z]+){0,3} [|｜·•] [A-Z][A-Za-z]*( [A-Za-z]+){0,3}$"
)
# A pointer led by an arrow (fastapi-users' `➡️ Configure FastAPIUsers and routers`, `→ Try the demo.`,
# `👉 See https://...`): 28 paragraphs of the corpora's Markdown, 2 headings; or by one drawn (Espressif's `-> RTOS
# Features -> Tasks and Scheduling`, a path through menus): 3 paragraphs, no heading.
_ARROW_POINTER = _compile(r"^(?:➡️?|→|👉|⇒|⟶|->|=>)\s*\S")
# A call to follow a link, its arrow after it (Tailwind's `Read the job posting →`, `Ready to upgrade? Get it from
# npm →`, Prettier's `Show the world you're using Prettier →`): four words or more, 23 paragraphs of the corpora's
# Markdown, 1 heading (a card's `Generate SQL without a connection →`; the three-word `Read the Docs →` stays one).
_ARROW_LINK = _compile(r"^\S+(?: \S+){3,}\s*(?:→|»|⟶)$")


# An address alone (`ftp://ftp.ruby-lang.org/pub/ruby/1.8/ruby-1.8.3.tar.gz`, `<https://...>`; 32 paragraphs of the
# corpora's Markdown, no heading) or a checksum (`md5sum: 4f32bae4546421a20a9211253da103d3`): a line a page links.
# So is an address after its label (Kyverno's `🔗 Check out the project on GitHub: https://github.com/kyverno/chainsaw`:
# 22 paragraphs, no heading).
_ADDRESS_ALONE = _compile(r"^<?(?:https?|ftp)://\S+>?$|^\w+:?\s+[0-9a-fA-F]{32,}$|^.+(:\s+|：\s*)<?https?://\S+>?$")
# A post's signature under its last paragraph: a team's (`The PyTorch Team`, `Team PyTorch`, `— The Rust Release
# Team`), or names after a salutation (`Cheers,`, then `Joe, Greg, Woo & Jessica`); 4 headings of the corpora's
# Markdown write `Team` alone or `Website Team`, with their section under them.
_TEAM_SIGNATURE = _compile(
    r"^(?:[—–-]+\s*)?(?:The\s+)?(?:[A-Z][\w.+#&-]*\s+){1,4}[Tt]eams?$|^Team\s+[A-Z][\w.+-]*$"
    r"|^[A-Z][a-z]+ (?:and|&) the (?:[A-Z][\w.+#&-]*\s+){1,4}[Tt]eams?$"  # VS Code's `Dirk and the VS Code team`
)
# A salutation's line, or a farewell's (VS Code's `Happy Coding!`, then `Matt Hernandez, VS Code Program Manager`).
_SALUTATION = _compile(
    r"^(?:Cheers|Thanks|Thank you|Best|Best regards|Kind regards|Regards|Sincerely|Yours|Love),$"
    r"|^Happy \w+(?: \w+)?[,!]$"
)
# A farewell closing a post (Svelte's `Until next month 👋`, `Stay tuned`, Helm's `Happy Helm v3 sailing`, Pulumi's
# `Speak soon`, `Have fun`): 33 paragraphs of the corpora's Markdown open so, 3 headings, each with its section.
_FAREWELL = _compile(
    r"^(?:until next \w+|see you\b|happy (?:[\w.-]+ ){0,3}\w+ing\b|stay tuned|cheers|thanks for reading"
    r"|(?:speak|talk|chat) soon|have fun|happy \w+!?$)",
    re.I,
)


# A sentence that runs on into the code or list after it, its `:` left out (`In this case, A's author can use`, `The
# response will be`, `A type T satisfies a constraint C if`): 24 paragraphs of the corpora's Markdown end so, 3
# headings, each opening on `What`; or on the examples it brings (Pulumi's `The new service supports a broad range of
# usage scenarios, including`, `... remote references, e.g.`): 21 paragraphs, no heading.
RUNS_ON = _compile(
    r"^(?!(?:what|how|why|where|when)\b).*\b(?:(?:can|could|should|must|will|may|might|then|simply|just)"
    r" (?:use|run|type|call|execute|write|add|do)|is|are|(?:will|would|should) be|if)$"
    r"|^.*\s(?:including|such as|e\.g\.|namely)$",
    re.I,
)


def is_signature(line: str, before: str) -> bool:
    """Whether a heading-like line with nothing under it signs the post off (`_TEAM_SIGNATURE`, or a short
    line after a salutation): the last paragraph, not an empty section."""
    if _TEAM_SIGNATURE.match(line) or _FAREWELL.match(line):
        return True
    return bool(_SALUTATION.match(before.strip()) or _FAREWELL.match(before.strip())) and len(line.split()) <= 8


# A quotation's attribution, a dash before its author or its source (Hugging Face's `-- Asha Sharma, Corporate Vice
# President at Microsoft`, `— Kent C. Dodds`, APISIX's `-- Kine (Kine is not etcd)`, `-- traffic-split`): 38
# paragraphs of the corpora's Markdown open on a dash and a blank, no heading. A line of code does too (SQL's
# comment, `-- Hash Join implementation`): beside code, it is read as code before this is asked. A tilde before a
# name signs a post (webpack's `~ webpack TSC 💙`: 1 paragraph, no heading or line of code). The dashes may touch
# the name (APISIX's `--ModSecurity on Wikipedia`, `—- Idempotence on Wikipedia`: 5 paragraphs, no heading), one dash
# before a first name alone too (Excalibur's `-Erik`: 1 paragraph, no heading).
_ATTRIBUTION = _compile(r"^(?:[—–―]-?\s*[A-Z]|--[A-Z]|-- \S|~ [A-Za-z]|-[A-Z][a-z]+$)")
# A placeholder or a link's text in brackets, of two words or more (`[screen recording]`: 2 paragraphs, no heading).
_PLACEHOLDER = _compile(r"^\[[^\]\s]+ [^\]]*\]$")
# A formula displayed in TeX (Scientific Python's `$$O(2N_mD + 2N) = O(N_mD + N)$$`: 9 paragraphs, no heading).
_DISPLAYED_FORMULA = _compile(r"^\$\$.*\S.*\$\$$")


# A formula, a name given a sum of products (Godot's `DXIL register = SPIR-V set * 100000000 + binding * 100000`):
# 6 paragraphs of the corpora's Markdown, no heading (110 lines of code); or a product or power worked out
# (Espressif's `(–1)^sign × 1.mantissa × 2^(exponent–bias) = 5.0`: 1 paragraph, no heading).
_FORMULA = _compile(r"^[^=:]{1,60} = [^=]*\s[*+/×]\s[^=]*\s[*+/×-]\s|^\S[^=]*[×^][^=]* = -?\d[\d.]*$")


# An upgrade from a version to another, a link's text (OpenTelemetry's `v1.20.0 -> v1.23.0 (stable)`, each a link to
# its migration guide): 6 paragraphs of the corpora's Markdown, no heading; the target version ends it (not Tekton's
# heading `v1.0.0 → v1.3.0 LTS (May - August 2025)`).
# A path through an application's menus (HertzBeat's `System Page -> Monitor Menu -> SSL Certificates -> New SSL
# Certificate`): three steps or more, each capitalised; 4 paragraphs of the corpora's Markdown, no heading.
_MENU_PATH = _compile(r"^[A-Z][\w .-]*( (->|→|>|») [A-Z][\w .-]*){2,}$")
# A figure's caption (`Figure 6 from the ODIM_H5 2.4 technical document`: no heading of the corpora's Markdown opens
# so), and a sentence joined on to the one before it and running on past a colon (`And here is the example code:
# dirien/quick-bytes`: 16 paragraphs of the corpora's Markdown, no heading).
# A sentence opening on an adverb and its comma (Carvel's `First, checkout the project from GitHub`): 1,126 paragraphs
# of the corpora's Markdown open so, no heading; or on a clause and its comma, then on in lower case (Hazelcast's `In
# order to run the indexing job, first checkout the ... repository`): 67 paragraphs without a stop, no heading.
_CAPTION_OR_RUN_ON = _compile(
    r"^(Figure|Fig\.) \d+\b|^(And|But|So) [a-z]+ .*: \S|^(First|Second|Third|Then|Next|Finally|Lastly|Now|Here|Also"
    r"|Afterwards|Instead|However|Otherwise|Similarly|Additionally|Meanwhile), \S"
    r"|^(In order to|If|When|Once|After|Before|While|Since|Because|Although|Unless|As) [^,]{3,60}, [a-z]"
    r"|^TBD \S"  # a draft's placeholder (FusionAuth's `TBD Screenshot`, `TBD image adding roles`)
)
_UPGRADE = _compile(r"^v?\d+(\.\d+)+\S*\s*(->|→|=>)\s*v?\d+(\.\d+)+\S*(\s+\(\w+\))?$")


def signs_off(out: list[Block | Line], k: int) -> bool:
    """A farewell after the signature over it (VS Code's `Thanks!`, `Jim, Joe, Kai, Chris, and the VS Code Team`,
    `Happy Notebooking!`), before the export's next heading: the post's last paragraph."""
    before, text = out[k - 1], out[k].text
    if not isinstance(before, Block):
        return False
    # A team signing after a farewell, a postscript under it (VS Code: `Happy Coding!`, `The VS Code Team`, `P.S.`).
    farewell = _SALUTATION.match(before.text.strip()) or _FAREWELL.match(before.text.strip())
    return bool(farewell and _TEAM_SIGNATURE.match(text)) or (
        isinstance(out[k + 1], Line) and is_signature(text, before.text)
    )


# A field of an API reference, one line each (`Returns: Promise<HttpResponse>`, `Since: 8.0.0`, `Type: object`,
# `Default: 'config'`): 581 paragraphs of the eleven corpora's Markdown, no heading; but Electron's breaking changes
# head each entry `Deprecated: BrowserWindow.getTrafficLightPosition()` (3 headings, no paragraph).
_API_FIELD = _compile(r"^(Returns|Type|Default|Since|Throws|Raises|Yields|Deprecated(?!:\s+[\w$]+\.)|Aliases?):\s+\S")

# A pointer to a file, a path or an address, labelled (Phaser's `Source: src/gameobjects/gradient/Gradient.js`, `Full
# reference: filters-and-postfx.md`, commander's `Example file: split.js`, `Documentation: https://typer.tiangolo.com`):
# GitHub's `Full Changelog: https://...`): 92 paragraphs of the corpora's Markdown, no heading. Or to pull requests
# or issues by number (Vue's `Details: PR#10397, PR#9511`, `Context: PR#5912`): 7 paragraphs, no heading; an address
# and its author (LLVM's `Commit: https://reviews.llvm.org/D147875 (Timm Bäder)`): 21 paragraphs, no heading. Or to
# an address to write to (Karmada's `Maintainer Mailing List: cncf-karmada-maintainers@lists.cncf.io`).
_POINTER = _compile(
    r"^[A-Z][a-z]+( [A-Za-z]+){0,2}:\s+(https?://\S+\s+\([^()]*\)|\S*/\S*"
    r"|\S+\.(md|mdx|rst|txt|html?|js|mjs|ts|tsx|py|json|ya?ml|toml|go|rs|c|h|cpp|java|rb|css|sh)"
    r"|((PR|Issue|GH-?)\s?)?#\d+(,?\s+(and\s+)?((PR|Issue|GH-?)\s?)?#\d+)*|[\w.+-]+@[\w-]+(\.[\w-]+)+)$"
)


# A change log's entry written as a heading (Prettier's `Break nested ternaries (#4120 by @duailibe)`, `Don't let
# trailing template literal comments escape (#1580, #1713) by @josephfrazier and @k15a`): its pull requests in
# brackets, perhaps their authors, however long; 388 headings of the corpora's Markdown, 13 paragraphs (each a
# sentence ending before its reference: `This release fixes a bug in Notified::enable. (#4747)`); Pulsar's `(PR-17423)`.
# Its authors after the bracket (`by @josephfrazier and @k15a`), shared with doubt's entry written with a stop.
CHANGE_AUTHORS = r"( by @[\w-]+((, | and )@[\w-]+)*)?$"
CHANGE_ENTRY = _compile(r"^\S.*?[^.\s] \((#\d+|[\w.-]+/[\w.-]+#\d+|PR-\d+)[^)]*\)" + CHANGE_AUTHORS)


def is_heading_like(line: str) -> bool:
    stripped = line.strip()
    entry = ("#" in stripped or "(PR-" in stripped) and CHANGE_ENTRY.match(stripped)  # the regex where a `#` is
    if entry and len(stripped) <= 2 * MAX_HEADING_CHARS and not _SENTENCE_BREAK.search(stripped):
        return bullet(line) is None
    if _NUMBERED_SECTION.match(stripped) and len(stripped) <= 2 * MAX_HEADING_CHARS and not ends_sentence(stripped):
        return bullet(line) is None  # a section numbered `4.1 - ...`, however long (712 headings, no paragraph)
    if not stripped or len(stripped) > MAX_HEADING_CHARS or bullet(line) is not None:
        return False
    if _SECTION_NAME_STOPPED.match(stripped):
        return True  # a section's usual name with a stop (Pfister's `Conclusion.`: 2 headings, no paragraph)
    if ends_sentence(stripped) or stripped[0] + stripped[-1] in ("()", "【】", "（）"):
        return False  # a sentence, or an aside in brackets: `(Thanks to the reviewers.)`, Linkis' `【Missing picture】`
    if _STOPS_ONLY.match(stripped) or _SENTENCE_BREAK.search(stripped) or _OPENS_SENTENCE.match(stripped):
        return False  # punctuation alone (`?` after a snippet), two sentences, or a sentence's opening
    if _RUNS_ON_INTO.match(stripped) or stripped[0] == ";":
        return False  # a lead-in running on into what follows (`... have generated our`), dig's `;; ANSWER SECTION:`
    if _LINK_TEXT.match(stripped) or _VERSION_NOTE.match(stripped) or _NOTICE.search(stripped):
        return False  # a link alone on its line (`View full source code`), a callout's version note, a notice
    if _API_FIELD.match(stripped) or _POINTER.match(stripped) or _ARROW_POINTER.match(stripped):
        return False  # a reference's field (`Returns: Promise<HttpResponse>`), a pointer (`Source: src/a/b.js`)
    if _ARROW_LINK.match(stripped):
        return False  # a call to follow a link (`Learn more about this role and apply →`)
    if (
        _ADDRESS_ALONE.match(stripped)
        or _UPGRADE.match(stripped)
        or _ATTRIBUTION.match(stripped)
        or _PLACEHOLDER.match(stripped)
        or _DISPLAYED_FORMULA.match(stripped)
        or HASHED_TEXT.match(stripped)
        or _FORMULA.match(stripped)
        or _MENU_PATH.match(stripped)
        or _CAPTION_OR_RUN_ON.match(stripped)
    ):
        return False  # an address or checksum alone, an upgrade (`v1 -> v2`), a signature, a placeholder, a formula,
        # a path through menus, a figure's caption, a sentence running on
    if _LINK_BAR.match(stripped) and " -" not in stripped:
        return False  # a row of links (`Github | crates.io | docs.rs`), not a pipeline (`tap | tail -n 1`)
    if _ADDRESS_AT_END.match(stripped):
        return False  # a sentence pointing to an address (`Once compiled, you project is viewable at: http://...`)
    if SIGNATURE.match(stripped):
        return False  # a macro's signature in bold, its arguments in words (Catch2's `INFO( message expression )`)
    return heading_words(stripped) <= MAX_HEADING_WORDS


def heading_words(stripped: str) -> int:
    """A line's words, as many as its blanks part, and one for each two characters of Chinese, Japanese or
    Korean, which writes no blank between its words (Volar's release post: a sentence of 65 characters that
    ends in `！`, `今年初我與 Vue 的作者 Evan 達成協議，...`, had been 6 words, a heading)."""
    words = len(stripped.split())
    return words if stripped.isascii() else words + len(_CJK.findall(stripped)) // 2


_CJK = _compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def ends_sentence(stripped: str) -> bool:
    """Whether a line ends with a full stop (or `,`, `;`, `…`), perhaps inside closing
    quotes or brackets, or before an emoji (`... deploy FastAPI apps with them. 🤓`)."""
    end = final_char(stripped, _CLOSERS)
    if _CUT_LIST.search(stripped):
        return False  # `Installing on RHEL and clones (CentOS, Rocky Linux, AlmaLinux, Oracle...)`: a list cut short
    return not end or end in _SENTENCE_END


# A list in brackets cut short (`(GCOV, LCOV...)`): a heading's end 4 times in the seven stand-ins' Markdown,
# a paragraph's 3 (sentences too long for a heading: `... any workload resource (e.g Deployment, StatefulSet, ...)`).
_CUT_LIST = _compile(r"(\.\.\.|…)[)\]]$")
