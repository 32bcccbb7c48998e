

def test_facts_found_in_a_child_process_are_the_same(library):
    from app.services.facts import FactsService

    facts = FactsService(library)
    apart = facts.facts_apart()
    assert apart == facts.facts() and len(apart) > 20
