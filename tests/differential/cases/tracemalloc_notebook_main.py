import tracemalloc
tracemalloc.start()
def create_list(n):
    return [i for i in range(n)]
def main():
    create_list(10000)
    snapshot = tracemalloc.take_snapshot()
    top_stats = snapshot.statistics('lineno')
    mine = [s for s in top_stats if s.traceback[0].filename == __file__]
    print("lines of this file in the top statistics:", len(mine))
    for stat in mine[:10]:
        print(stat)
main()
kept = create_list(1000)
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for stat in snap.statistics('lineno')[:3]:
    print(stat)
