#!/usr/bin/env python3
"""Shares of server-thread CPU samples in a JFR recording of `bench --compare raw`.

Usage: jfr_shares.py recording.jfr  (needs the JDK's `jfr` tool on PATH)

Samples under policy-search's SearchController.search or the yardstick's RawLuceneServer.search
are that server's; samples of a Jetty thread outside any handler (JSON writing, the access log)
go to the server whose handler samples are nearest in time: the loads of the two servers never
overlap. Shares are inclusive: a sample counts under every marker found in its stack.
"""
import re, sys, collections, subprocess, bisect
txt = subprocess.run(['jfr','print','--events','jdk.ExecutionSample','--stack-depth','256',sys.argv[1]],capture_output=True,text=True).stdout
events = txt.split('jdk.ExecutionSample {')[1:]
samples=[]
for e in events:
    m = re.search(r'startTime = (\S+)', e); t = m.group(1)
    th = re.search(r'sampledThread = "([^"]*)"', e).group(1)
    frames = re.findall(r'^\s+([\w.$<>]+)\(', e, re.M)
    samples.append((t, th, frames))
def which(fr):
    s=' '.join(fr)
    if 'web.SearchController.search' in s: return 'ours'
    if 'RawLuceneServer.search' in s: return 'raw'
    return None
jetty=[s for s in samples if s[1].startswith('JettyServerThreadPool') or s[1].startswith('qtp')]
tagged=[(s[0],which(s[2])) for s in jetty if which(s[2])]
tagged.sort()
times=[t for t,_ in tagged]
groups=collections.defaultdict(list)
for s in jetty:
    w=which(s[2])
    if not w:
        i=bisect.bisect_left(times,s[0]); c=[]
        if i<len(times): c.append(tagged[i][1])
        if i>0: c.append(tagged[i-1][1])
        if not c: continue
        w=c[0] if len(set(c))==1 else None
        if not w: continue
    groups[w].append(s[2])
markers=[('handler (search work)',['SearchController.search','RawLuceneServer.search']),
 ('  drill-sideways (match, rank, count facets)',['DrillSideways.search']),
 ('  count of chunks holding some words',['LuceneView.count']),
 ('  hit assembly (LuceneView.hits)',['LuceneView.hits']),
 ('    unified highlighter',['uhighlight.']),
 ('    stored fields read',['StoredFieldsReader','StoredFields.document']),
 ('  did-you-mean',['SpellingSuggester']),
 ('  query building',['LuceneQueries.','UserQueryParser','HeldWords']),
 ('  facet labels and sorting (FacetValues)',['FacetValues.of']),
 ('JSON writing (Jackson)',['com.fasterxml.jackson']),
 ('access log',['slf4j','SimpleLogger','ApiServer.lambda$create$0']),
]
for w in ('ours','raw'):
    g=groups[w]; n=len(g)
    print(f'{w}: {n} samples in server threads')
    for name,ms in markers:
        k=sum(1 for fr in g if any(any(m in f for f in fr) for m in ms))
        print(f'   {name:48s} {100*k/max(n,1):5.1f} %')
print()
for w in ('ours','raw'):
    g=[fr for fr in groups[w] if any('DrillSideways.search' in f for f in fr)]
    leaf=collections.Counter(fr[0].rsplit('.',2)[-2]+'.'+fr[0].rsplit('.',1)[-1] for fr in g if fr)
    print(w,'drill-sideways samples',len(g),'top leaf frames:')
    for k,v in leaf.most_common(8): print('   ',k,v)
    for mk in ['ToChildBlockJoin','TopFieldCollector','TopScoreDocCollector','SortedSetDocValuesFacetCounts','BM25Similarity','ConstantScore','BoostQuery','DisjunctionScorer','WANDScorer','ReqOpt','ConjunctionDISI','BlockMaxConjunction']:
        k=sum(1 for fr in g if any(mk in f for f in fr))
        print(f'    with {mk}: {100*k/max(len(g),1):.0f} %')
