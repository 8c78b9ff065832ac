/**
 * Plain English words for temporary passphrases that are read out or written down. Chosen to be
 * easy to say and spell: no homophones (sea/see, knight/night), no words that differ by one easily
 * misheard sound from another word in the list, no plurals, nothing rude, sad or about prison, and
 * none of the common-password words the passphrase rules refuse.
 */
export const PASSPHRASE_WORDS: readonly string[] = `
acorn actor agent album alley amber anchor angle ankle apple apron arrow attic 
badge bagel baker balloon bamboo banjo barrel basket beacon beaker beetle bench bicycle
blanket blossom bonnet bottle bramble branch breeze brick bridge bucket buckle
budget bugle bundle burrow butter button cabin cactus camel camera canal candle canoe canyon
carpet carrot castle cattle cement cherry chimney circle citrus cloud clover cobalt cocoa
coffee collar comet compass copper coral cotton cousin cradle crayon cricket crystal 
curtain cushion daisy desert diamond dinner doctor dolphin donkey doorway drawer
eagle easel elbow engine falcon feather fennel ferry fiddle finch flannel forest
fossil fountain freckle fridge funnel gadget galaxy garden garlic gazelle giant ginger giraffe
glacier glove goblet golden gravel guitar hammer hamster harbour harvest hazel helmet heron
hickory honey hoodie hornet igloo island ivory jacket jigsaw jungle kayak kettle
kitten ladder lagoon lantern laptop lemon lentil lettuce lizard lobster locket magnet
mango maple marble meadow melon mitten monsoon mosaic muffin mustard napkin nectar needle
nutmeg oatmeal ocean olive onion orange orchard orchid otter oyster paddle pancake panda parcel
parrot pasta peanut pebble pelican pencil pepper piano pickle pigeon pillow pilot pine pirate
planet plaster pocket pond poppy potato puffin pumpkin puppet quilt rabbit radish raisin
ribbon rocket saddle salmon sandal scarf seagull shovel silver skillet sledge slipper sparrow
spinach sponge squirrel stable starling statue station stove sugar sunflower sweater table
teapot temple thistle thunder ticket tiger timber toaster tomato tractor trumpet tulip
tunnel turnip turtle umbrella velvet violin volcano wagon walnut walrus wardrobe whistle willow
window wizard wombat zebra
`
  .trim()
  .split(/\s+/);
