"""Fetch popular npm packages' README.md, reproducibly.

    .venv/bin/python benchmarks/fetch_readmes.py [DIR] [--jobs 8]

The Markdown teams commit most: a package's README as npm ships it (badges, `<p align="center">`,
`<img>`, `<details>`, `<picture>`, tables, emoji, reference links, code in JavaScript, TypeScript,
shell, JSON, YAML, diff). 265 packages across kinds: CLI tools (commander, ora, zx, pm2...),
frameworks (express, next, svelte, hono...), React and Vue components and state libraries, build
tools (webpack, vite, esbuild, tailwindcss, prettier...), test tools (jest, vitest, cypress, msw...),
utilities (lodash, axios, zod, sharp, three...) and TypeScript types (@types/*, type-fest).

Each package is fetched with `npm pack <package>@<version>`, pinned by the sha256 of the tarball as
downloaded, and only its top-level README (`README.md` or `readme.md`, whatever its case) is kept, as
`DIR/<package>-<version>/README.md` (a scoped `@scope/name` as `scope__name`), with the images it names
that the package ships, at their paths (most packages ship none: their README's `media/logo.svg` is then
missing, as it is from the package). DIR defaults to
benchmarks/corpus/real-readmes-src/, git-ignored: the text is never committed. `DIR/SOURCES.json`
lists each tarball, its sha256 and file count. A package already extracted (its `.complete` marker
present) is not fetched again. None of these packages was used by an earlier round (fetch_content.py,
fetch_markdown_docs.py, fetch_sites.py; eslint-plugin-import, undici, date-fns), and no round of fixes
was tuned on them before they were judged (docs/markdown.md, "Judged on pages never tuned on").
"""

from __future__ import annotations

import argparse
import concurrent.futures
import io
import json
import sys
import tarfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fetch_markdown_docs import HERE, MAX_FILE_BYTES, _keep, _members, _safe, collect, npm_tarball

DEFAULT_DIR = HERE / "corpus" / "real-readmes-src"
README_NAMES = ("readme.md", "readme.markdown")
IMAGE_SUFFIXES = (".png", ".svg", ".gif", ".jpg", ".jpeg", ".webp", ".avif")

# package version sha256-of-the-tarball, as `npm pack` downloaded them on 2026-11-29
PACKAGES = tuple(
    tuple(line.split())
    for line in """
    @apollo/client 4.3.8 09657ffa0401b075fbef806ebc11bb95764235d156886d2d162fb9cd0c09ef25
    @babel/core 7.29.13 7004c34119cccd9d78ed5209090ed673862e0719b2ef06996b257ef0d9d4e966
    @biomejs/biome 2.6.8 7d8090970cbdde759f8dc8b2a55893178c5f00f75a3a49a04874a931ee920cd6
    @chakra-ui/react 3.38.0 4e5f3a54c49498f1c08d8c3ffd479a0cb4fccfba2155a26591a36b984b7c8932
    @emotion/react 11.14.0 56ab452022e865baa9fc02d12ad5a57b2c0d8884c5cc1b0bff5308a26d92b1f4
    @faker-js/faker 10.6.0 13b79ed894af1a52a624fdb144384e1fd6c4afc1a30488830d3be64924333674
    @hapi/hapi 21.4.10 7f49ebb2856e6e9b166354a730468f7cc648b3bf4c082dc2f8f601a7f9985969
    @headlessui/react 2.2.10 dd939f6a3fdbbc95f03d6cd207f68eb5cb7a22c4d91e9cd0b78e4f2a4795613a
    @mantine/core 9.8.1 62e67a66940e299482fcac181f6f6b1baba1cd2ab81dd68e09fa8a7a4763341e
    @mui/material 9.5.0 0b222105eac08eebc55fe9d071c07766df1db7027ab5ae21e6f3c3ec7dfff032
    @nestjs/core 12.5.1 e1fbb967833fc3938fc898271c819f160487069efd48c83026b9ad2e457c9962
    @playwright/test 1.65.1 025a0b1ab36fd4e5f4ede6c9397020b9c3805d8f19c75a16989a02d70a88f37b
    @radix-ui/react-dialog 1.3.1 485336a3a4118d0f7e49504a3b2752c8975ea0e5e3ad1c944ff055d2d2fc15f2
    @react-spring/web 10.1.2 b7dce532079786caa0cef325e454f363688e7fa921a6445d0d8c1eb526265c19
    @reduxjs/toolkit 2.15.0 20424372851b608ae3b504eb06d93d6bb80f53217e4a0c3f3a558303a115b87e
    @supabase/supabase-js 2.109.0 b528321747eedc28a202a9055825cc56db7b74521060d268a782febdab06caba
    @sveltejs/kit 2.70.4 f973a4325e0ec787d8094fce79e7b8abcf864727cc4fdff90a224752d30b2949
    @swc/core 1.16.22 19ba0ac64879bd90305b34942e127d47dcdbf55ca200781ec79b6472edfdf650
    @tanstack/react-query 5.108.4 73928ec1c55576aa838adaca5f055d3c3ea03bfd86af48e4ce934697b3a8de83
    @tanstack/react-table 9.3.1 1065d9ce5603ff52b7207dacea492bc7eb4ed95b56dbcee903eb0a4efd32e3aa
    @testing-library/jest-dom 6.9.1 ee52ab258e9599f6ad914dc28c95f4f53aae23973ebf568976e067d25aee69b1
    @testing-library/react 16.3.3 a34993ab7ff75ff4492655a71b14a8a0d4634148a0e2f128a82cb34fc1308a4e
    @testing-library/user-event 14.6.13 5c18c237e87d5215819d1dee1253cd811ba5a667027d968ba0185abb49f09469
    @trpc/server 11.25.2 43d5562bf3d3ca2ba55bb37a91020c19d90ddaa3359a1eb55e5fefc62c6cb29a
    @types/express 5.0.6 c88bbca1dc366bb28fc6da3af746c14529c303f7eb13330705f92cb190c0e8bc
    @types/lodash 4.17.27 ebefef007988a2de5ec8f4dc6b32ad4dabf3441a02ea963e69110bc5237a1246
    @types/node 26.6.7 86c6614bb0324a4e10beaacc75b4a45a7a26bdf608e36fc1a16cc4bcc21161bd
    @types/react 19.3.3 1d6df62163586f9794cfc73513343eed23ecf1b4267fd1d3e2e29bbf29234a5e
    @typescript-eslint/parser 8.74.0 997f0941372438f664dd76cbc91b5fe1eb305673694589b919dbc2c5007745a8
    @vue/test-utils 2.6.0 55ef037ba7afffd53c62e0edc7c6f37f97ec652ac1b3b331d7bbdbab35b63fad
    @vueuse/core 14.4.0 7d2e831eb0aeee5b0c21dd80ce7067da83ef30e152e43b87572788399b4c7b1a
    ahooks 3.11.0 2968d30ece08f9264bc118bc6dc5347f4ff9db526428ed52c805281bd6831e0d
    ajv 8.20.0 b2f0b3a893bbb8cc5efb6814f08b1499e19e31d5dd73683f5893382f48f6e7b3
    ant-design-vue 4.2.6 06c3632bbb7843686f0ed5a9475cdc5f35ea19882cb1020295b2d29c916463ce
    antd 6.6.8 8eb361740b62dc79762f21d036dea685d5e7c1d714315ea3247b9aa5d2269dfa
    astro 6.0.5 89b8c3d53314d05aca17f0006c1ad2717df69bc5d524e834d3ee2328b6e346b9
    autoprefixer 10.7.0 491d8af93b06d9e41829fc3a1b6f9572e6685947b3084e1d763b1becefdfaba9
    ava 7.0.0 91463ed6c3ad9f44b27d7d992891d5b442a4acc44b86111f32a5c3b0d40fdeda
    axios 1.21.1 5659acb8c9414ad88aa539db8e529947c9bac8cdf55973e314a078fc0205751c
    babel-loader 10.1.1 b977c19c1c1f66e7430f4de84382a87a4fbd2305d8b047d31a4a58c86a0e76fc
    bcrypt 6.0.0 3b2478cda06f066c744e06cd0b68f55e14cc546c19ee2b80be600dfc65b5ae20
    better-sqlite3 12.11.1 ebf0ed75a7a59dbcb3b24bbd014ef49d9f15bc328e4adcbf516f2a8fadfa2835
    boxen 8.0.1 3638b45ae3f37892695ff7448312dab99a4671edf9fcc6a825caba65deaaa239
    bullmq 6.7.0 1b9e166ff4c77ecbb75c15f0e2afc3bdce7aaf3789f4701b45ed0483dcbadb04
    c8 12.0.0 77e0dbd7761bef0e52569fc62e387c73f1db08d3edba1c440664ef9d6ccff534
    cac 7.1.0 e8fb4a02c14dfb9d88488183ed4e20f67a408071677307862c93acffd26ee70e
    chai 6.3.0 ef5457b2ab9e011093f47f104fecc94e5b36ce729fdba6fbc8b0ce316c2e8f60
    chalk 5.6.2 94957715a483aa3b9db60c8f22d5498227d8025c407f982eef81e34f37574ffd
    chart.js 4.6.1 9345dacdf4bb4c5d40321f4b9aafab6fe676d37a534fc0bc2d17c4c4e29c4f00
    cheerio 1.2.0 56024eb0f315c373a4be57b26f3d956e9618cd2778ad283960c09cc1d4e820ab
    chokidar 5.0.0 45d07ea7d57ee482c733ab3c547cc49edc1423bc231507e41ff99d2711f7f5e3
    class-validator 0.15.1 f21b8c29a3103c700db59404e8250a5b0812ee82f60164bf66aaff42e4c3229a
    classnames 2.5.1 6c9e10fc21a14499b74bfe1e8e8dd7a6152da02fb575c3ffd3cd71f67390ebf1
    cli-progress 3.12.0 30ab10062d698914dd0d59ab198bae9f6625571e35c2e72a0c597d890758c117
    clsx 2.1.1 6320104b491ca645120e8f99589ce663ff1fb337ba80066719a011bd95320303
    commander 14.0.3 5849703c500e0f324eb01340d8bda1f9ec48fc37bb7be9712eb0dd52aad92f6c
    concurrently 9.2.5 87c22977dcffa7fcf2a0e877394eceaa429015b91767c76b5449e5cb41ca6549
    cors 2.8.6 32242124397140800e1238a252b4cd74669d58c81b655d9d3721789b56c1c1ff
    cosmiconfig 9.0.2 e79e2fb83926d3670848369646066bddc72430a6dfdc2db35b63d78acb04501d
    cross-env 10.1.0 f6fa0919bb0deb7d4f1727d7f8b7c402f7dc9fd387af732bdd602d76897a90d8
    css-loader 7.1.5 f35d4683874821d4aee8b795d9a5bb5a2b30a25e9962708e99a993983c252171
    csv-parse 7.0.3 7d30727d09622fc7d9483153e369a7b8f3a879a10733cb45cbd7ac7e067dc4b4
    cypress 15.3.0 51c8e4cc97844d4786702e29eeff30869d3adda3634bb7045b59ceb3cecb124c
    d3 7.9.2 f0c1d2c2479907a6e3265370d0fd715f7aef0f561cdd2b415df385ba7df9d1aa
    dayjs 1.11.23 7da0ff55ddb6d4050b91ea0a11a8e9d92c048305155039387373f20be080e594
    debug 4.4.3 89c1ac9c946ee8905a875837114528e97eeae35e03be3190584b2216af43e4a7
    decimal.js 10.6.0 433210122e8149972f64054c54b0ce0872e5f15a3c5835aab57ff1a8e6d071b1
    degit 3.10.0 26bc6e82ef516ae31f8b3f3716f1a9514c9e2a0effa70a521c7763ca11b2d2fc
    dompurify 3.5.0 faa5f2bfe2814384b83d6edb4ed66812fbfdb2a654b4d59edd4b12304058ec20
    dotenv 18.0.10 20a0bc8a1cf06b168161a943ddb0ec557482af479dfa3023db2118399ec0a3b7
    ejs 7.0.2 1e77def2bb9a66761aded08e3354b02d92f1b15e791596fd74992fd7bef34adf
    element-plus 2.14.8 867a77b829049b5467dd07ac30314fa8a2061c8d51ad18d09a11d5e3ae220675
    ember-source 7.3.0 df16e7f8908747e64a9ac8375ff47e87fa7886682c0fc4a52c8f8eb77e9625e8
    enquirer 2.4.1 fe11d9bf8cb6b4144db236b56fa6991c60bb8b5f49dcc7d9cfd23687981bdb78
    esbuild 0.28.2 e045f94c235c7adc50e77ba2a579c7bec41b496b6b47c3a7845f7c1e19959a88
    eslint 10.15.0 8cb5e45fb5b1174e4216d546b69d37c0ac5cb5d9ba8342946a04af1f59605edb
    eslint-config-prettier 10.1.8 de290c23fe9e565adf2dfceb5929e98668d6570b7c25b8c5fe1af0fc401ebd8e
    eslint-plugin-react 7.37.5 45cc9f87030c2d56bf53b5db62367d3cde946cd63e6dde865d66a6b21051ba0b
    execa 9.6.1 6c7d2efa0b28d7e1a8e1531ea996988b30a250cf3d25dcb5a84f7701058b439d
    express 5.3.0 62450d99e36dc393295f1ddd93cb9291e658c169f3b700b0110c1ae8fa799930
    fast-check 4.11.0 bf5721ede5fd693682a44ebf5e34c74b33de5ca8bb5586dc557b7d9c76e9d5bc
    fast-deep-equal 3.1.3 b019a0980f27638dc3f85836b0e478f188e00d7a6e5852c0819fa86f56e47b8f
    fast-glob 3.3.3 5571ed1750bd1e77a0e4b5fea6e9afb3f2eb390a9576358c9aaacd04d3f60de8
    formik 2.4.9 3259f88e5ba38424e3796a095adcc789e941e2eb928fcaff77338b7e96507890
    framer-motion 14.14.0 135d3a3c18f619e98e4b6fe4c98f599c7f83ac98e947cd879888ca9ac9e25a0a
    fs-extra 11.4.1 6eee04ab29b3f37ce2fa75014fb3fd4836d8a24a2945edfae11e571409ffcbfa
    fuse.js 7.5.0 076e7375510cd2f40b86108cd7d87534cf3b32682e80df23cd2ba6f25737f168
    gatsby 5.16.1 8c79a90089afdb3fc4895a2838f90a2d9e4355f2603101b10e0fcd063668b248
    glob 14.0.6 25783530017d408140b709492053f419379b272ecd6ec36b09e23b65bc2e7467
    globby 16.2.4 94b9c3b8178f24aeef7dfdfa0c8df6beb0ba70c7462c01bdc2c09bb39a4b3f97
    got 14.6.6 32216c3a4a7ba48f51fb4f3a81cd9bcafdfbff245348a5ad6b79c0ffb9d23176
    graphql 16.15.0 eaad4bb6ed001714c570342903b65a8ba4cbb4905e9bb614be0b53fdd9b48922
    gsap 3.15.0 d2e33ad202d4811e9084883f7ff9a27967ac4095caef51ca4c9d20697a253b1c
    gulp 5.0.1 43325994327c372d028ab0d2a5dda45539d5f4f18f832a959458dcf04ec72d49
    handlebars 4.7.10 14f356e6cadb5b064a156d2b39dd843abba8f4b1a38ee036935adecc1a13ad9f
    happy-dom 21.0.4 dab48a6ff5c17c6be99be1ef30ea82caa5f58172d12116413e20878246087109
    helmet 8.3.0 b8a9ed18c15665bf2de38f409468904dd3d4bbb849b946f6b4557ee7e7ab449b
    highlight.js 11.12.0 accbfaaab745088609b4eea2bdca2ad62f1f1dd27304e0f8df65cfe0fe042143
    hono 4.13.19 ec0825774aef43124f0ddde51a1883d24a3fa3e174c539eaa175010b77c62ba5
    html-webpack-plugin 5.6.8 f23790bd521697a96bce6fc67b25d7fef818cc5fe80ebfb48f37ee307be644fd
    htmx.org 4.0.1 5fba65616ca148a86d377e9771bcada7f35faee3558651feb929eea425e13b3c
    http-proxy-middleware 3.0.11 7439e99888749b3bc05e1db3d3e84c3e436d51e3604fd36719e3e7a1f682548e
    http-server 14.1.1 9e1ceb265d09a4d86dcf509cb4ba6dcd2e03254b1d13030198766fe3897fd7a5
    husky 9.1.7 720e354eba8b12afd32ac5844499753375916a721ee47ea7194e9b32ed44fe0c
    i18next 26.7.2 05fe43ee7f5baa400cb55728d31152880e05f256f0e972d7866938e906f09b84
    immer 11.2.13 7aafee379780f7b290fd76c5f57fea4ef9f2599c021ae70038739c6e5e96009a
    inquirer 14.2.5 1738d1488cfa340e4618e0751660b6065549374c20cbb0c91bf77d07a1b76da2
    ioredis 6.0.0 cf5ee4c5ef1d53ba60dd4f976ae467135162cd85ab8f3fc92c65441751fb589b
    jasmine 7.0.0 9cc640c50002c5a3f944c76f482411a6a081fd23bb7213a6f619862c831efafb
    jest 30.5.2 aa278879dd8634e13f3392d28a0e1310d87117bcb5a0c59beea7a530be24dd8c
    joi 18.3.2 32e56f6aa607770c0f34cbe209e197b887c7815f9d31e8a03944f3cd54cc19b7
    jotai 2.20.3 8d9a14c09fa88f2871af276a3e773b98cb14b2986b6c6a2b29fb4b21375e32ed
    jquery 4.0.0 7ac123e4992439dc6a966cb4444fceb7f4698db94904a1256df542d5deb80f59
    js-yaml 5.5.0 23cb2e121ad69acd15fc786b7a9265a81eeeaa9f684ee73e717d6ecdbd8b0c90
    jsdom 29.1.1 2c831cf9091180ac65b560dab8a47d684b3369cb5938661e5dc61c03440322ce
    jsonwebtoken 9.0.3 d9af2628a7a4dda25acf1e19c7ecc2468e1e9e8d4619fe2cae829e89d96f6b82
    jszip 3.10.2 4ee15dcb3f5433b736a41d091bcad37facee4a4aa96f9e21194789da886ac226
    kleur 4.1.5 0d99562acf82fca4afce2a57b687289a524ac6755dcaf1fdf82a147473091469
    knex 3.3.0 6f017ec9d4b8d665c739fa5ed20833bc96e61bc3903ea7ab6ad8498c926f1cc5
    koa 3.3.0 2b1cae002c5c8a066b9c77ac9bf197e2369ba8501fb76b75c9f21d474ef02cf4
    ky 1.14.3 b9b08762ac38e2853cbd9bcf121c16d943e66bdeee2322dd7ea0df8e8808e3a8
    leaflet 1.9.4 84c65a256e50657896f54c33bd857b6849ebe94c817803be818bf32a3dde0b77
    lerna 9.0.7 c98524665b4c4836ac7a88e18c7c24a46f5fd6bf3833a40c576788fdd45bef3c
    lint-staged 16.4.0 984ec6203d37de97a6e5b304b436836fc6d87152adf2cec274152efe0a4df331
    listr2 9.0.5 d6f31223b9947fc36a53d5c8a2026a1cb1cd705837db4c6a1eb731db07845d4a
    lit 3.3.3 92f8d5bcd63e2d5efc41afd0a3d58a0a0f554ef826af9c8e368887c71949fd4d
    lodash 4.18.1 696942c2a488c9d7428e9ca5f12ccf03b52de01dcdbfe4d4751d392f0491ae16
    lru-cache 11.5.3 d18739bbd7d0091d30d2cca58e120c8b70ac09a5a21aa4b2b3e9afb2dc4084d8
    luxon 3.7.2 498078da47254917ea264631160880fec8936994de3e6271e9c75c542bd35832
    markdown-it 15.0.3 98a7453983ab0e268c17dbd5260bf7190ba46b4cca912327fc1c1a2578e4b56d
    marked 18.2.1 d66c5213fc203466186060105b01f51896764ba64b3797d2620d02e28e34b8ca
    mathjs 15.2.0 cb99d6e259c42193863aea504d694ac3fc6df4753ff126ccf8dcb9c441ce5451
    meow 14.1.0 84becac6df564f4913b9ddc3748659843cb192f11a625587705f5dd9c10e7300
    mini-css-extract-plugin 2.10.2 1b5d7e3d640a6db1a566b931b358f01860bfb7bc787d224cb1cde69286413af4
    minimist 1.2.8 350a76c115b393c19d24654834261e5dc9f0e8cc5e08f3937fa80140f3e4ce83
    mobx 7.1.3 bbd07665d8851ee01df2fd4e12db106c60fd878839610dd8b899548969625616
    mocha 12.0.3 3a93ba09b4b5f591a947ef5226ca9ae76220b124fe610dbcd5b76eb320512919
    moment 2.31.0 efddf549c13aa7cf270f573d9c464978ab0810c0652673ae6af1189bb56ab3f8
    mongodb 7.9.0 f66e692646d2678dd4281fc2e8637493d79e8732df128c61e9214a35b147bb03
    mongoose 9.12.1 de332a61c69faea1f9775291a984a9391a985e0b452d51c55b6458796de7d04b
    morgan 1.12.1 ad86e5589b5a3e720e8462492788f7bbfd90bc712b5ecec6bd96f543e0e85232
    ms 2.1.3 f6616e15e530ed552f9daa2d3ce71963947c6bc7c98c9b64fd3e673fd02622c6
    msw 2.15.0 b19cfa4715eb92af5b058c1682ed35045623892b06019124936c468e512d81e8
    multer 2.5.0 b6a535ae5fa87f6cffc90fb213b43c2ea34fdc21dc7ccad3f25caaf009d7fcaa
    naive-ui 2.45.3 66d5641c5a47ef3422cad2fa427f404c89392a3ea5e7184f43ebe1cf01be7709
    nanoid 5.1.16 d3fd9cbdc9e6c8f9617a92e6b06a308c56a62c744f748e393d10203866c1b3f8
    next 16.4.6 954cc114e2e4f57464f6d2f6640ec9b7a8e493ad4373c692b2d37d135da2806a
    nock 15.0.2 31cee6c10ac06e9dddc1f46f150c67251b0de1fc711ca0164da7fc9c9fa317f4
    node-fetch 3.3.2 615af90e363f8f276b4b54f8e6c163cf3686dce1d8867dd7e52cbed4d38d2dab
    nodemailer 10.6.1 7b1a6615b333c7f09c5a3e9147085f6c762eb2ace4abde0341a9e0dd4bf02af8
    nodemon 3.1.14 6f8851bd80d32526612f6dd6703b65603cef497944a7c081580ae49ce3a2f252
    np 11.2.2 e7dd68f7102a2f67858ffe62d1bf224d128927731a5831fd558bf04852eec1d6
    npm-run-all 4.1.5 9b73632f016a90db2d090c1d89d211fd4ce46d6281948721986f6897f7fbabfc
    nunjucks 3.2.4 3c060c7bd5be36c3a2b0cdf01d6589253a5efb3c66e5e06257dd8b08acc2f16f
    nuxt 4.4.5 3c65a6db95e7747555ea0e29e71d112aaf88cb3e35633196d42abd808ec8c780
    nx 24.0.6 2889e2c94ceb71aec7e39a0a2657a54feae55c1572867c200a8ba8540314023a
    openai 6.49.0 e48de0f4c5dbecebdeb864233f5ea49be07cd3e0ff3bd3e1e6745dc5e168cced
    ora 9.4.1 6c29a82c18fc7aa83e838c5091e0b3a468846fb6f7866a6814301f6db341661b
    p-limit 7.3.3 aede2030b82db2457fea89ffceaebcba9877275246fe69de73a78f7b6a2432f7
    p-queue 9.3.5 3c1131f74b4101bdf65e87119d3d440cf02d880b1339c46148cc4edb3bb3e026
    parcel 2.16.4 6d791475da54b4625c0065d46e078fafcecc06c1b2c7aa2dea660d9f7bc2a22c
    passport 0.7.0 f69294d05ec9e1ccad27dde98ef81e7240f321d61a4916d804e76750855267b5
    pg 8.23.1 0d7999c755c25f7c02fbd96196291148eda737bb91e78e4031b9ebe5ef7d7de7
    picocolors 1.1.1 d3aedb2807967b7eb37fd11b03b7e3701e725af79c650d0812ff7213f8f882d9
    pinia 4.1.0 477f623ece3d61e452f091618917cbdcf0a97851b0954181fbd1964181745204
    pm2 7.0.4 5efd8e2c586d7fc1e878d4d0742e2c0aae76c68814308c4b9c08cab25ef24894
    postcss 8.5.33 ed476390bb68df554790d035a942608a4d6ec0ec65147f9eaef182a24d815a8f
    preact 11.2.0 3c4456766bd32b6b534d52bf4e9c2a29b33e7eedf6e96ed479300ba1a7888ebf
    prettier 3.10.1 8625d008f4f0d7d513509ecc269b4b2a551a6f1ea3a57ac880e13e84a434213c
    primevue 5.0.2 aae50d13b7ee56e3a9477e79ce7a026023f562d9139695abd6cf74ad8f4f724e
    prisma 7.10.1 0c6859e3ca34acfaf9ff09bd2fdb9cf2687040c52037037cd5eb738872e3e6a2
    prompts 2.4.2 09b9c62a3e6fdbc1c6621882e872e1ab91a648f7c08c9c945aab7baf07b839ba
    pug 3.0.4 074bc1f9c15efec2d5f1fa80ca76250b2be17d68e3888dd9299e1f2a17216e26
    puppeteer 24.43.1 79ded9ec2a6b798f005ba8c2852a0df39f5a2d29e2a67bed53e4e6600ac9dfba
    qs 6.17.1 b7405805e2055f9900dd48c42d226ed4ab51f5f43459ba4781c3f6f6763ed3de
    query-string 9.5.1 c4dfdc14ccf7dbecc268c34453f774b19292d84b3f22cb09437e1bf8a4d19f06
    ramda 0.32.0 e99a665207ddba7c1177c8062f607c37d31ac376674d41200418627428863967
    react 19.3.1 56936913918dcf1f7a6fe58784e79df54b18200a88655ce809cf5e9c4ef871aa
    react-bootstrap 2.10.10 430b98336bc73041f47101da2a590cf16d836135c6641db19b2f6d25599a35e1
    react-chartjs-2 5.3.1 703a563f1cece83ddffa12d1eef05676a1ddf05e2b61e2d941c5c70b9edc59df
    react-datepicker 9.1.0 2c9f096e81d5f73ea4effdfbdaefff570b36d18dad46c4d3cdd77582263b202f
    react-dnd 16.0.1 661f81be0aa974d18ac8668f8ffebad8423c758ea05743d26d420e508c8fa719
    react-dropzone 19.3.0 d93c5701c7af66968dd461624e6c9cbb126e8b33cdc2830998a0812839247419
    react-error-boundary 6.1.6 dcde2b863d403500d5294a805bb2fd867d8c30e91b80a0914747c489b34a5ce4
    react-hook-form 7.92.0 8af1f8eb8538a6e5ae026702c175d457e95ee59d7ba4add445885d6ee88e1a7b
    react-hot-toast 2.6.1 336bae521480e2f77425cf7c993ffbb58ca0b61407df9f99c63ca954b8099360
    react-i18next 17.1.13 eb05c56ce3069cf2071f6cd1553f46fb74519b8c32c9d465591f9f6269b5dca3
    react-icons 5.7.0 303a6555d6433f4368ed96802bf0e2ec0fa05164bb1918cdc090d7deabef3a5e
    react-intl 12.1.6 d319d1ec101d61c86f0aed04c24aaf079df3f660cbd42250004eb4c61b04c9ba
    react-leaflet 5.0.0 4302f260b53ac296d5df5cf3cf0d3baefb58cc9c5af9b14f9f33c38fc5c8fbc5
    react-markdown 10.1.0 205f5c607c68e1e42b8d7a036326bdb3a105ae55e6469ecfcaf998004609d5f7
    react-pdf 11.0.0 5f3f50e5ba9d41dd380487a384960596d67caed1b72e329d450b874cd78f4623
    react-player 3.4.0 eba0fe403030a8a818a7d8e2a9a696c0869c2b3e5fd49006fbff7a75d5b14fa6
    react-router 7.18.7 2800110cad59c672bc499673b453a9ea49f8633088138dc5b222a170a8228b6d
    react-router-dom 7.18.7 15881a1deced535a1286e575badf2745851811b81a609d7013d1e3d1bcb5a34c
    react-select 5.10.2 f68d6a20902b3d2f450828531c1f959911103dec6827f4337f059dbd86068a7a
    react-toastify 11.2.0 a42764f983b136668a7b38e7caa9f9c15f5ad3b705fd73fc3f51d8e6e3145ed8
    react-use 17.6.1 b75018ed50f512917d2418d363a35e3b057dc4b38c5396e60e8ed1a6896e60d6
    react-virtuoso 4.18.21 4a97ba2681b52cb8cad223531818f5e83b2dd3deb1cfe593cf4e105690968905
    react-window 2.5.3 3656b52dc4194282a9725d23f69c94af92e028ebe80975bd4de1a13522dd8004
    recharts 3.11.1 6f8e0406f1a6a3d24d95956689bbc0ad2de6e256ae62219273f792e569df7e9a
    redux 5.0.1 adacd4f8a377e638a3feb568e45e8b8ff22c926516941db25b1acfc34d94398b
    release-it 20.2.1 9a2d6aa59d708556883f373c363ffac8f74b8faafc84d221ccec1b700986b3b7
    remark 15.0.1 803cf4fdbae094322ea37b7286294307f0cc72e99ce6b7e2de984027cf3dead9
    rimraf 6.1.4 a0d85772811c6ff771df415784de534ff2c2ed310b90a075ad1061c48a5bd381
    rollup 4.68.8 fa470ad1b9676c850ea702465dbad4c9a796a64df6b79748dc3594431b2a2033
    rxjs 7.8.2 2312f8ffd9726ffd7bd53ea12c5f13663d09a3dc3326f448c70b88f5ef6fac82
    sanitize-html 2.17.5 867947117f900ec363597f6377c40d68a53b57674a938e4a59cbff137baf8d3f
    sass 1.108.2 a3398fa194c3379174bac6650bdaad077d1fbe71c4e58e817b2e213d1479bbfe
    semantic-release 24.2.9 37a1dd9c15fef54250771ec2ff42c43815af625da85272d4faa593a59200b790
    semver 7.8.6 c6584c324e8b1e5d0403c6c16ee2b25dd61567c13f0449a58820350c21cd71bf
    sequelize 6.37.8 fabd247885c91dba5208f3db4f2d3632986591462230006149783355068cb9ff
    serve 14.2.7 9cc5fa69277761fafd4531a46ee5f9ec37dd0246c3419564a8c08c89fa51f63b
    sharp 0.35.5 3b6bbbe6b308f5c383938ca4a31926cd5d79c4651ed8c5fda16a97da2014a9ac
    shiki 4.6.0 13c0c0bad673944ca45983f5fd4318a93da8984063160011e7f145deb0e2539d
    sinon 22.1.0 ce6e9fe32388a3ea39996bad3c7e907cea42de7e8bbddc297b56165b16538ac3
    socket.io 4.8.4 eac2f8dd36bd1ddc827407c6890cc9fa305e5f94038b9abdba98a4351934c6c2
    solid-js 1.9.20 f10b32b222f569b7c96095a6f465f56940cb7dc5dbbec8d155dc8710636ca12a
    sonner 2.0.8 2912794445b636e4b9ac2343c498b1c3e10c3a17b3d52b1dc6eb5e49b4900279
    sortablejs 1.15.7 66cbfc8fa18860783584fe0c346baf6cbf3399da72d23d21053425ba232abed4
    standard-version 9.5.0 a60cb8205dd690e86de27de459631083602e7387f56179d467f28137fb445093
    stripe 23.1.0 7066de352ba7583d67228a5060b970f25720a9e587a786848d1c5a3b2d5629f1
    styled-components 6.6.0 d8a6a2a5f306592fbd073928759f14169deb163334eb03bcc5ae70a51e4d6fe4
    stylelint 17.16.0 950b26ca89d53ea55cec1b8ca904ff6aa0d93007d360fe840dffdc174e148f66
    supertest 7.3.2 6a62c352f65722f43a4780493a702fab2c8cce2bcbd9f5d217dd15cc4f249851
    svelte 5.57.3 afda776761670addcd6f4345c1b4b0665c8dd11b82961cbfee9696d5d9f4546a
    swiper 14.4.0 70828637fd47a251076ca00f1d5fd9bf0b53944107f559ce9b66aa50b9011fe2
    swr 2.5.1 0f93ebe93229faf97088b4243055567263ba298f38a7fa051ac9fe72c2a4baac
    tailwindcss 4.3.5 3e30a765102ecded1dc1bf50d95de93d94ae0807f86cda155bb2aff4945ebb8b
    tap 21.8.0 63b43ca757dd15afc9dc481bb604ade92255889048599437b2f015b8855c04bf
    terser 5.51.4 b897695d2a82b656e0800761da835806e841a66b3c6a4d2aabc37cba2f2fc0dc
    three 0.187.0 ff540832ded0cfe919764d24a3d88f3e2a05f23303f876423e4f893841e90728
    ts-loader 9.6.2 37a4cb6522537cd53f7ea62190a8398f2ee1a47b04d554c96f586c4d517f735d
    ts-node 10.9.2 0290b8a665925d581da75499425c7156b1f433619af62b0ea51d159c18dff968
    ts-pattern 5.9.2 db294fe7642ebaa064a8432b442c6c9b821772bdb2f8fa22a13310126ee240f4
    tsd 0.33.0 4382a26598fc699256ae82a7298c7c33a6a63d139f37a0750b8aa257762ac41d
    tsup 8.5.1 5fdbb1ba0167d71430f260cbaaa4cc92bbf1a3914844daa3fd99eb9a47c82ba9
    tsx 4.23.15 60eeb6697e987b40ea1944061f186c2314b8381fd6da4dc1bdbe75e0744a9f78
    turbo 2.11.11 4972baf79e2cf490fb969f1f0bd6b2ac7dc4026617e1ac442748d0cfa7018888
    type-fest 5.10.0 fa6130ea2af09b313a1d1636ed1bbfb62af88177a315d12043c2f728b4242acb
    typeorm 1.1.1 dce1e8acfdfbedd2cb263db7cd6f7d595f97f8379615d75830bd0dcca6742665
    typescript 7.0.2 da2513f4b95176d6dde8b51aab7afe8a927656c9d277369793f77f7e59371c08
    uuid 14.0.3 4750af69abb91dae4c49e4c71c96fd6a3bd0613900f18429b955ad6fb8099977
    validator 13.15.35 f9a6b506bd9eda8df9d2a4120613426948d9f66cde1b6d5fad3406758d2f81f4
    vee-validate 4.15.1 8914cb60ba01bd41c80ebc116368fae9a56c1ff8d6b13ddb98523eba2bbd4cc8
    vite 8.4.0 db2e7150615e404440c73407bf5d01764e572beeb71367c9ff96d97b84578953
    vitest 4.1.12 ac79c9561c99eabc1cc29e0a839cbd03d1ff0e45bbecb5a2edfa6c3827c823d1
    vue 3.5.45 c2ec36a9b719e4277785f1ad36a1bb0424d8d32f0bea24abcce862e26821d585
    vue-i18n 11.4.2 38c6d3456be2190bc560ec09a23f81afd3fe177c97ef1d0615343eef671847ce
    vue-router 5.5.1 c394f8fb9c017c39186c48e4adf1b4ce718f74a39a26ed72bbe95037571833b4
    vuetify 4.3.0 4335a294dab5fe90f5d9db1cb5cfe8d800f75eed54cf68af6f03482f92bab272
    vuex 4.1.0 f4e084314ec286e3bfae7e21f759d4527a7f18cd3698e6fa69c8f2ca670a1938
    webdriverio 9.33.1 a7eba04e2e059a1e3750bec18f8074e367150d9844fe4a532f7d11ecd3891ef4
    webpack 5.113.0 095755cb8e271b3f38615ae794264f314b1e4dd3158c5677e8700aee9ea20bb7
    webpack-bundle-analyzer 5.4.0 a03c0a503c58ed0c7fe1e47a2ed5214fbe721cd03f2554c44d972ef7b044b614
    webpack-dev-server 5.2.7 6330759b9d154846929701b597c90fbc2fc44b96fa329fe06eb64db197e40b57
    winston 3.19.0 4183f422c69153b58b8595d3ec06c523087ca1a978006e1a6db63e199c18748e
    ws 8.23.0 b8bd105a274ae9ca114f8c6ce4d9dbb0c764fe5118ba633c557e1703e297c587
    xlsx 0.18.5 5b23e25faa2472e50679e5f6ee52fced3ae4c4b1e46e8dfebb221c59747461ee
    yaml 2.9.1 4ef6c54cf559b8a207b7b518378230805a1c84af239b14960e8c67c7d59de5d3
    yargs 18.2.0 44ddd9d39e41a7d73dd794b6d229f2b92fd655d394ef59e2ca34d31df6181d13
    yup 1.7.1 296196395b10ac29d5a4173171bf1c6a42a99541f0a363fc3a82e9cfed2252fa
    zod 4.6.7 84efd155bed93270286e793fc951be270b536cbd5b0eeb111f0fa3967201d698
    zustand 5.1.0 f3ce315f91392a416e3d4f4cc2da2db00934ed6140fbc688fadd2b5030c79c4b
    zx 8.8.5 20df3c1b6160372f02bd26176898c9b791690af4599573c99a04b2624a6aaab9
""".strip().splitlines()
)


def folder(package: str, version: str) -> str:
    """The package's folder name: `@scope/name` becomes `scope__name`."""
    return f"{package.lstrip('@').replace('/', '__')}-{version}"


def fetch_readme(package: str, version: str, sha256: str, out: Path) -> dict[str, object]:
    """Download one pinned package with `npm pack`, check its sha256 and keep its
    top-level README as `out/<folder>/README.md`."""
    target = out / folder(package, version)
    marker = target / ".complete"
    if marker.exists():
        return json.loads(marker.read_text(encoding="utf-8"))
    data, name, digest = npm_tarball(package, version, sha256)
    kept = [
        ("README.md", body)
        for path, body in _members(data, name, (".md", ".markdown"))
        if path.count("/") == 1 and path.split("/")[1].lower() in README_NAMES
    ][:1]
    if kept:  # the images it shows that the package ships (`media/logo.svg`), where they are
        text = kept[0][1].decode("utf-8", "replace")
        kept += [(rel, body) for rel, body in _images(data) if rel in text]
    return _keep(target, kept, {"name": package, "version": version, "archive": name, "sha256": digest})


def _images(data: bytes) -> list[tuple[str, bytes]]:
    """The image files of a package tarball as (path without npm's `package/`, bytes)."""
    out = []
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for member in tar.getmembers():
            rel = _safe(member.name)
            if rel and member.isfile() and rel.lower().endswith(IMAGE_SUFFIXES) and member.size <= MAX_FILE_BYTES:
                fh = tar.extractfile(member)
                if fh is not None:
                    out.append((rel, fh.read()))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Fetch pinned npm packages' README.md")
    parser.add_argument("out_dir", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--jobs", type=int, default=8, help="parallel downloads (default 8)")
    args = parser.parse_args(argv)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        futures = {
            pool.submit(fetch_readme, package, version, sha256, args.out_dir): f"{package}@{version}"
            for package, version, sha256 in PACKAGES
        }
        return collect(futures, args.out_dir, "packages")


if __name__ == "__main__":
    raise SystemExit(main())
